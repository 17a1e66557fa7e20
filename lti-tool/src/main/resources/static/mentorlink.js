// Starts the NHS.UK frontend's enhancements (error summary focus, buttons), and keeps typed work:
// every page works without this script.
import { initAll } from "./nhsuk-frontend-10.6.1.min.js";

document.body.classList.add("nhsuk-frontend-supported");
initAll();

// ---- No typed work lost -------------------------------------------------------------------
// What a person types into a form is kept in this browser tab only (sessionStorage: never sent
// anywhere, gone when the tab closes). If the form is refused because the session expired or its
// token went stale, the next time the same form is shown — after the next launch — the page offers
// to put the text back. A form that was saved (its confirmation shows, or its fields already hold
// the text) forgets its draft.
const PREFIX = "mentorlink.draft:";
const MAX_AGE_MS = 12 * 60 * 60 * 1000;
const store = (() => {
  try {
    return window.sessionStorage;
  } catch (e) {
    return null; // storage blocked: nothing is kept
  }
})();

function draftKey(form) {
  return PREFIX + form.dataset.form + ":" + new URL(form.action, location.href).pathname;
}

function typedFields(form) {
  return Array.from(form.elements).filter(
    (e) =>
      e.name &&
      !e.readOnly &&
      !e.disabled &&
      (e.tagName === "TEXTAREA" ||
        (e.tagName === "INPUT" && ["text", "date", "time", "number", "email"].includes(e.type)))
  );
}

function read(key) {
  try {
    const d = JSON.parse(store.getItem(key));
    return d && Date.now() - d.at < MAX_AGE_MS ? d : null;
  } catch (e) {
    return null;
  }
}

function valuesOf(form) {
  const values = {};
  typedFields(form).forEach((e, i) => {
    values[e.name + "#" + i] = e.value;
  });
  return values;
}

function hasText(values) {
  return Object.values(values).some((v) => v && v.trim() !== "");
}

function save(form, submitted) {
  const values = valuesOf(form);
  if (!hasText(values)) {
    store.removeItem(draftKey(form));
    return;
  }
  store.setItem(draftKey(form), JSON.stringify({ at: Date.now(), submitted, values }));
}

function offerToRestore(form, key, draft) {
  const fields = typedFields(form);
  const now = valuesOf(form);
  const differs = Object.keys(draft.values).some((k) => draft.values[k] !== (now[k] || ""));
  if (!differs) {
    store.removeItem(key); // what was typed is what the page holds: saved
    return;
  }
  const box = document.createElement("div");
  box.className = "nhsuk-inset-text app-inset--warning app-draft";
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", "Text you typed earlier");
  const p = document.createElement("p");
  p.textContent =
    "You typed something into this form earlier that was not saved (perhaps your session ended). " +
    "It is kept only in this browser tab.";
  const restore = document.createElement("button");
  restore.type = "button";
  restore.className = "nhsuk-button nhsuk-button--secondary nhsuk-button--small";
  restore.textContent = "Put back what I typed";
  const discard = document.createElement("button");
  discard.type = "button";
  discard.className = "nhsuk-button nhsuk-button--secondary nhsuk-button--small";
  discard.textContent = "Discard it";
  restore.addEventListener("click", () => {
    fields.forEach((e, i) => {
      const v = draft.values[e.name + "#" + i];
      if (v !== undefined) {
        e.value = v;
      }
    });
    box.remove();
    if (fields[0]) {
      fields[0].focus();
    }
  });
  discard.addEventListener("click", () => {
    store.removeItem(key);
    box.remove();
  });
  box.append(p, restore, document.createTextNode(" "), discard);
  form.prepend(box);
}

if (store) {
  const saved = document.querySelector(".nhsuk-notification-banner--success");
  document.querySelectorAll("form[data-form][method='post']").forEach((form) => {
    if (typedFields(form).length === 0) {
      return;
    }
    const key = draftKey(form);
    const draft = read(key);
    if (draft && saved && draft.submitted) {
      store.removeItem(key); // the form was sent and its confirmation shows
    } else if (draft) {
      offerToRestore(form, key, draft);
    }
    let timer = null;
    let sent = false;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!sent) {
          save(form, false);
        }
      }, 400);
    });
    form.addEventListener("submit", () => {
      clearTimeout(timer); // a change typed just before sending must not unmark the draft as sent
      sent = true;
      save(form, true);
    });
  });
  if (saved) {
    // A confirmation after a redirect: drafts sent just before it were saved.
    for (let i = store.length - 1; i >= 0; i--) {
      const k = store.key(i);
      const d = k && k.startsWith(PREFIX) ? read(k) : null;
      if (d && d.submitted && Date.now() - d.at < 60 * 1000) {
        store.removeItem(k);
      }
    }
  }
}

// ---- A session about to end warns first ------------------------------------------------------
const expires = Number(document.body.dataset.sessionExpires);
const WARN_BEFORE_MS = 5 * 60 * 1000;
if (expires > 0) {
  const warnIn = expires - WARN_BEFORE_MS - Date.now();
  const show = () => {
    if (document.getElementById("session-warning")) {
      return;
    }
    const box = document.createElement("div");
    box.id = "session-warning";
    box.className = "nhsuk-inset-text app-inset--warning";
    box.setAttribute("role", "alert");
    const p = document.createElement("p");
    p.textContent =
      "Your Mentorlink session ends in a few minutes. Save what you are writing now. " +
      "If it ends first, what you typed is kept in this browser tab and offered again after you " +
      "open Mentorlink from your course.";
    box.append(p);
    const main = document.getElementById("main");
    if (main) {
      main.prepend(box);
    }
  };
  if (warnIn <= 0) {
    show();
  } else if (warnIn < 2147483647) {
    setTimeout(show, warnIn);
  }
}
