// Tells the platform that dynamic registration is finished (LTI Dynamic Registration 1.0 §3.6).
(function () {
  var target = window.opener || window.parent;
  if (target && target !== window) {
    target.postMessage({ subject: "org.imsglobal.lti.close" }, "*");
  }
})();
