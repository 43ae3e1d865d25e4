/* Leaders' dashboard charts (Apache ECharts, served locally). Every chart has a table with the same figures. */
(function () {
  'use strict';
  var holder = document.getElementById('kpi-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.textContent || '{}');
  var charts = [];
  var palette = ['#1d70b8', '#00703c', '#d4351c', '#6f72af', '#b58840'];

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var c = echarts.init(el, null, {renderer: 'svg'});
    option.color = palette;
    option.animation = false;
    option.aria = {enabled: false};
    c.setOption(option);
    charts.push(c);
  }

  if (data.total !== null && data.total !== undefined) {
    chart('chart-total', {
      series: [{
        type: 'gauge', min: 0, max: data.maxTotal || 100, progress: {show: true, width: 14},
        axisLine: {lineStyle: {width: 14}}, splitLine: {show: false}, axisTick: {show: false},
        axisLabel: {distance: 18, fontSize: 11}, pointer: {show: false},
        detail: {valueAnimation: false, fontSize: 24, offsetCenter: [0, '10%'], formatter: '{value}'},
        data: [{value: data.total}]
      }]
    });
  }
  if (data.groups && data.groups.length) {
    chart('chart-groups', {
      tooltip: {},
      radar: {
        indicator: data.groups.map(function (g) { return {name: g.name, max: g.max || 1}; }),
        radius: '62%', axisName: {color: '#0b0c0c', fontSize: 11}
      },
      series: [{type: 'radar', areaStyle: {opacity: 0.2}, data: [{value: data.groups.map(function (g) { return g.points; })}]}]
    });
  }
  if (data.trend && data.trend.months.length) {
    chart('chart-trend', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 40, right: 16, top: 40, bottom: 30},
      xAxis: {type: 'category', data: data.trend.months},
      yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value} %'}},
      series: data.trend.series.map(function (s) {
        return {name: s.name, type: 'line', connectNulls: false, data: s.data};
      })
    });
  }
  if (data.ranking && data.ranking.names.length) {
    var el = document.getElementById('chart-ranking');
    if (el) {
      el.style.height = Math.max(240, 28 * data.ranking.names.length + 60) + 'px';
    }
    chart('chart-ranking', {
      tooltip: {},
      grid: {left: 8, right: 24, top: 10, bottom: 24, containLabel: true},
      xAxis: {type: 'value', min: 0, max: 100},
      yAxis: {type: 'category', inverse: true, data: data.ranking.names, axisLabel: {width: 160, overflow: 'truncate'}},
      series: [{name: data.ranking.label, type: 'bar', data: data.ranking.values, label: {show: true, position: 'right'}}]
    });
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
}());
