// Point the ipywidgets embed script (embed-amd.js) at the fonts vendored in this folder (_static/),
// instead of paths relative to each page. Loaded after require.js and before embed-amd.js
// (see html_js_files in _config.yml).
(function () {
  var base = new URL(".", document.currentScript.src).href;
  window.__jupyter_widgets_assets_path__ = base;
  if (window.require && window.require.config) {
    // Every widget module (@jupyter-widgets/base, /controls, /output …) resolves to this folder, so
    // the fonts their stylesheets ask for (relative to the module) are requested here too.
    window.require.config({ paths: { "@jupyter-widgets/html-manager/dist": base.replace(/\/$/, ""),
                                     "@jupyter-widgets": base.replace(/\/$/, "") } });
  }
})();
