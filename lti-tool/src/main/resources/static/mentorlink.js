// Starts the NHS.UK frontend's enhancements (error summary focus, buttons); every page works without it.
import { initAll } from "./nhsuk-frontend-10.6.1.min.js";

document.body.classList.add("nhsuk-frontend-supported");
initAll();
