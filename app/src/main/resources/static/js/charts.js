// Draws every <canvas data-chart="..."> with Chart.js; the page carries the chart's data, so no script is inline.
(function () {
    function draw(root) {
        if (typeof Chart === 'undefined') {
            return;
        }
        root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (canvas.dataset.drawn) {
                return;
            }
            var config = JSON.parse(canvas.dataset.chart);
            // The page's own options (e.g. stacked bars) over the common ones.
            config.options = Object.assign({responsive: true, animation: false, plugins: {legend: {position: 'bottom'}}},
                config.options || {});
            new Chart(canvas, config);
            canvas.dataset.drawn = 'true';
        });
    }
    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
})();
