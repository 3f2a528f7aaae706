/* Loaded into kaleido's page after plotly.js and the French locale (see images.py).
   kaleido passes no plotly config of its own to the renderer, so the locale travels in the
   figure as layout.meta.cadran_locale and is copied into the config here, per image. */
(function () {
  var toImage = window.Plotly.toImage;
  window.Plotly.toImage = function (gd, opts) {
    var meta = gd && gd.layout && gd.layout.meta;
    if (meta && meta.cadran_locale && !(gd instanceof window.HTMLElement)) {
      gd = Object.assign({}, gd, {
        config: Object.assign({}, gd.config || {}, {locale: meta.cadran_locale})
      });
    }
    return toImage.call(this, gd, opts);
  };
})();
