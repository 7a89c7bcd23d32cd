// Draws an ECharts chart above each table marked by a [data-chart-table] element. The table stays
// the accessible source of the figures; the chart reads the columns marked data-series="true".
(function () {
  function draw(holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-table'));
    if (!table || typeof echarts === 'undefined') {
      return;
    }
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var seriesCols = [];
    heads.forEach(function (th, i) {
      if (th.getAttribute('data-series') === 'true') {
        seriesCols.push(i);
      }
    });
    var labels = [];
    var series = seriesCols.map(function (i) {
      return { name: heads[i].textContent.trim(), type: holder.getAttribute('data-chart-kind') || 'bar', data: [] };
    });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      if (row.cells.length < heads.length) {
        return;
      }
      labels.push(row.cells[0].textContent.trim());
      seriesCols.forEach(function (col, k) {
        var v = row.cells[col].getAttribute('data-v');
        series[k].data.push(v === null || v === '' ? null : Number(v));
      });
    });
    if (labels.length === 0) {
      return;
    }
    holder.style.height = '300px';
    var chart = echarts.init(holder);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 40, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart-table]').forEach(draw);
  });
})();
