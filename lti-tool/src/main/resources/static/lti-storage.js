// Platform storage (1EdTech "LTI Client Side postMessages", "LTI OIDC Login with LTI Client Side
// postMessages"): the login page puts the browser's binding secret in the platform's storage frame
// and goes on to the platform's authentication URL; the launch page reads it back into its form and
// posts it. Messages go only to the frame the login named, with the origin of the platform's
// authentication URL as targetOrigin, and only an answer from exactly that origin, to this very
// message, is read. Without an answer within five seconds (or with an error), each page goes on
// without it: the state cookie, or the new-window hand-off, does the rest.
(function () {
  var el = document.getElementById("lti-storage");
  if (!el) {
    return;
  }
  var mode = el.getAttribute("data-lti-storage");
  var key = el.getAttribute("data-key");
  var origin;
  try {
    origin = new URL(el.getAttribute("data-platform-origin")).origin;
  } catch (e) {
    origin = null;
  }
  var done = false;
  var messageId = randomId();

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var hex = "";
    for (var i = 0; i < bytes.length; i++) {
      hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    }
    return hex;
  }

  // The frame the platform named: its own window for "_parent", else a frame of it by name.
  function storageFrame() {
    var host = window.opener || (window.parent !== window ? window.parent : null);
    if (!host) {
      return null;
    }
    var name = el.getAttribute("data-target");
    try {
      return name === "_parent" ? host : host.frames[name] || null;
    } catch (e) {
      return null;
    }
  }

  function finish(value) {
    if (done) {
      return;
    }
    done = true;
    window.removeEventListener("message", onMessage);
    if (mode === "put") {
      window.location.replace(el.getAttribute("data-auth-url"));
    } else {
      var form = document.getElementById("lti-storage-form");
      if (typeof value === "string" && value.length > 0 && value.length <= 200) {
        form.elements["lti_storage_secret"].value = value;
      }
      form.submit();
    }
  }

  function onMessage(event) {
    if (event.origin !== origin) {
      return;
    }
    var data = event.data;
    if (!data || typeof data !== "object" || data.message_id !== messageId) {
      return;
    }
    if (data.subject !== "lti." + mode + "_data.response") {
      return;
    }
    finish(data.error ? null : data.value);
  }

  var frame = storageFrame();
  if (!origin || !frame || (mode !== "put" && mode !== "get")) {
    finish(null);
    return;
  }
  var message = { subject: "lti." + mode + "_data", message_id: messageId, key: key };
  if (mode === "put") {
    message.value = el.getAttribute("data-value");
  }
  window.addEventListener("message", onMessage);
  try {
    frame.postMessage(message, origin);
  } catch (e) {
    finish(null);
    return;
  }
  window.setTimeout(function () {
    finish(null);
  }, 5000);
})();
