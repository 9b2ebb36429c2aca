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

  function reload() {
    if (!reloading) {
      reloading = true;
      window.location.reload();
    }
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
      reload();
    }
  });
  source.addEventListener("reload", function (e) {
    var d = JSON.parse(e.data);
    if (d.gen === gen) {
      return;
    }
    if (d.all || concerns(d.changed || [])) {
      reload();
    } else {
      gen = d.gen;
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var overlay = document.getElementById("privgen-overlay");
    var hide = overlay && overlay.querySelector(".privgen-overlay-hide");
    if (hide) {
      hide.hidden = false;
      hide.addEventListener("click", function () {
        overlay.classList.add("privgen-overlay-hidden");
      });
    }
  });
})();
