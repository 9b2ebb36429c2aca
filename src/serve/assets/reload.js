// privgen serve: reloads this page when a rebuild changed it. Injected by `privgen serve`
// only; `privgen build` output carries no script. The event stream is addressed relative
// to this script's own URL, so a proxy that adds a path prefix does not break it.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || typeof EventSource === "undefined") {
    return;
  }
  var key = me.getAttribute("data-privgen-key") || "*";
  var gen = Number(me.getAttribute("data-privgen-gen") || "0");
  var reloading = false;

  function hard() {
    reloading = true;
    window.location.reload();
  }

  // The new version of this page replaces the old one in place: fetched, parsed, and its
  // body and title swapped in, the scroll position kept. Faster than a navigation (no new
  // document, no reconnect of the event stream); any surprise falls back to a real reload.
  function reload(all) {
    if (reloading) {
      return;
    }
    if (all || typeof fetch === "undefined" || typeof DOMParser === "undefined") {
      hard();
      return;
    }
    reloading = true;
    fetch(window.location.href, { cache: "no-store" })
      .then(function (r) {
        if (!r.ok) {
          throw new Error("status " + r.status);
        }
        return r.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var next = doc.querySelector("script[data-privgen-gen]");
        if (!next || !doc.body) {
          throw new Error("not a privgen page");
        }
        var x = window.scrollX;
        var y = window.scrollY;
        document.title = doc.title;
        document.body.replaceWith(document.adoptNode(doc.body));
        window.scrollTo(x, y);
        gen = Number(next.getAttribute("data-privgen-gen") || "0");
        wire();
        reloading = false;
        // For measurements (tests/serve_browser.rs): when the new page was first painted.
        window.requestAnimationFrame(function () {
          window.__privgenShownAt = performance.timeOrigin + performance.now();
        });
      })
      .catch(hard);
  }

  function concerns(changed) {
    if (key === "*") {
      return true;
    }
    for (var i = 0; i < changed.length; i++) {
      var p = changed[i];
      if (p === key || (key.charAt(key.length - 1) === "/" && p.indexOf(key) === 0)) {
        return true;
      }
    }
    return false;
  }

  var source = new EventSource(new URL("events", me.src).toString());
  source.addEventListener("hello", function (e) {
    var d = JSON.parse(e.data);
    if (d.gen !== gen) {
      reload(true);
    }
  });
  source.addEventListener("reload", function (e) {
    var d = JSON.parse(e.data);
    if (d.gen === gen) {
      return;
    }
    if (d.all) {
      reload(true);
    } else if (concerns(d.changed || [])) {
      reload(false);
    } else {
      gen = d.gen;
    }
  });

  // The overlay's "Hide" button (on the first load and after each swap).
  function wire() {
    var overlay = document.getElementById("privgen-overlay");
    var hide = overlay && overlay.querySelector(".privgen-overlay-hide");
    if (hide) {
      hide.hidden = false;
      hide.addEventListener("click", function () {
        overlay.classList.add("privgen-overlay-hidden");
      });
    }
  }
  document.addEventListener("DOMContentLoaded", wire);
})();
