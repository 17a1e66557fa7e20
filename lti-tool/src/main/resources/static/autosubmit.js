// Submits forms marked data-autosubmit once the page has loaded (progressive enhancement: the
// form has a visible submit button for browsers without JavaScript).
(function () {
  var forms = document.querySelectorAll("form[data-autosubmit]");
  for (var i = 0; i < forms.length; i++) {
    forms[i].submit();
  }
})();
