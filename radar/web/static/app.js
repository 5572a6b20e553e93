// Radar review queue: keyboard triage. Served as a file so the CSP can forbid inline script.
(function () {
  "use strict";

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#queue tr.row")); }

  function current() { return document.querySelector("#queue tr.row.selected"); }

  function select(row) {
    rows().forEach(function (r) { r.classList.remove("selected"); });
    if (row) {
      row.classList.add("selected");
      row.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var all = rows();
    if (!all.length) { return; }
    var index = all.indexOf(current());
    var next = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    select(all[next]);
  }

  function decide(row, key) {
    var button = row.querySelector('form.decide button[data-key="' + key + '"]');
    if (!button) { return; }
    if (key === "r") {
      var reason = row.querySelector("form.decide select[name=reason]");
      if (!reason.value) { reason.classList.add("need"); reason.focus(); return; }
    }
    button.click();
  }

  function typing(target) {
    var tag = (target && target.tagName) || "";
    return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (typing(event.target)) {
      if (event.key === "Escape") { event.target.blur(); }
      // Inside a row's reason list, "r" confirms the rejection.
      if (event.key === "r" && event.target.name === "reason" && event.target.value) {
        event.preventDefault();
        decide(event.target.closest("tr.row"), "r");
      }
      return;
    }
    var row = current();
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "/": {
        var box = document.getElementById("filter-client");
        if (box) { box.focus(); box.select(); }
        break;
      }
      case "Enter": case "o":
        if (row) { window.location.href = row.getAttribute("data-href"); }
        break;
      case "a": case "r": case "f":
        if (row) { decide(row, event.key); } else if (document.querySelector(".alert-head form.decide")) {
          decide(document.querySelector(".alert-head"), event.key);
        }
        break;
      default: return;
    }
    event.preventDefault();
  });

  // Reject without a reason: point at the reason list instead of posting a doomed form.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest('form.decide button[value="reject"]');
    if (!button) {
      var row = event.target.closest && event.target.closest("#queue tr.row");
      if (row && !event.target.closest("form, a")) { select(row); }
      return;
    }
    var reason = button.form.querySelector("select[name=reason]");
    if (!reason.value) {
      event.preventDefault();
      reason.classList.add("need");
      reason.focus();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (rows().length) { select(rows()[0]); }
  });
})();
