/*
 * The Schedule & JCL tab: draws the S-curves, the cost x finish scatter with the JCL cross-hair and frontiers, and the
 * tornados from the JSON block #jcl-data (written by SchedulePageController), and shows the run's progress indicator
 * while htmx waits for the results. No inline scripts: everything is wired here.
 */
(function () {
  'use strict';

  var TEXT = '#495057';
  var BLUE = '#2f6fde';
  var ORANGE = '#e8772e';
  var FRONTIER_COLOURS = { '0.5': '#0f8a6a', '0.7': '#7048c8', '0.8': '#c2255c' };
  var charts = [];

  function fmt(v, digits) {
    return Number(v).toLocaleString('en', { maximumFractionDigits: digits });
  }

  /** 380000000 → "380 M": tick labels that fit. */
  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e9) { return fmt(v / 1e9, 2) + ' B'; }
    if (a >= 1e6) { return fmt(v / 1e6, 1) + ' M'; }
    if (a >= 1e4) { return fmt(v / 1e3, 0) + ' k'; }
    return fmt(v, 1);
  }

  function axis(name, extra) {
    var a = { type: 'value', name: name, scale: true, nameLocation: 'middle', nameGap: 30,
      nameTextStyle: { color: TEXT }, axisLabel: { color: TEXT, formatter: compact } };
    for (var k in extra) { a[k] = extra[k]; }
    return a;
  }

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var old = echarts.getInstanceByDom(el);
    if (old) { old.dispose(); }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    if (window.ConsortiumCharts) { window.ConsortiumCharts.addSaving(chart, id); }
    charts.push(chart);
  }

  /**
   * With a plan start date: day count → ISO date, the start plus the days rounded up (calendar days, as the server's
   * report counts them), or null without one.
   */
  function dateOf(start, days) {
    if (!start) { return null; }
    var t = new Date(start + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + Math.ceil(days - 1e-9));
    return t.toISOString().slice(0, 10);
  }

  /** "2027-03-14 (day 330.0)" with a start date, else "day 330.0". */
  function finishText(start, days) {
    var date = dateOf(start, days);
    return date ? date + ' (day ' + fmt(days, 1) + ')' : 'day ' + fmt(days, 1);
  }

  /** The finish axis: dates titled "Finish date" when the plan has a start, else days. */
  function finishAxis(start) {
    if (!start) { return axis('finish (day)', {}); }
    return axis('Finish date', { axisLabel: { color: TEXT, hideOverlap: true,
      formatter: function (v) { return dateOf(start, v); } } });
  }

  function sCurve(id, points, target, name, digits, start) {
    draw(id, {
      grid: { left: 56, right: 24, top: 16, bottom: 48 },
      tooltip: { trigger: 'axis', formatter: function (p) {
        var x = start ? finishText(start, p[0].value[0]) : fmt(p[0].value[0], digits) + ' ' + name;
        return x + ': ' + fmt(p[0].value[1] * 100, 1) + ' %';
      } },
      xAxis: start ? finishAxis(start) : axis(name, {}),
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { color: TEXT, formatter: function (v) { return (v * 100) + ' %'; } } },
      series: [{ type: 'line', showSymbol: false, color: BLUE, data: points.map(function (p) { return [p.x, p.y]; }),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: ORANGE, type: 'dashed' },
          label: { formatter: 'target' }, data: [{ xAxis: target }] } }]
    });
  }

  function tornado(id, bars, value, unit, digits, names) {
    var shown = bars.slice(0, 12).reverse();
    var label = function (b) { return (names && names[b.id]) || b.id; };
    draw(id, {
      grid: { left: 8, right: 24, top: 8, bottom: 28, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (p) {
        return p[0].name + ': ' + fmt(p[0].value, digits) + (unit ? ' ' + unit : '');
      } },
      xAxis: { type: 'value', axisLabel: { color: TEXT } },
      yAxis: { type: 'category', data: shown.map(label),
        axisLabel: { color: TEXT, width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map(value), color: BLUE, barMaxWidth: 22 }]
    });
  }

  function render(root) {
    var block = (root || document).querySelector ? (root || document).querySelector('#jcl-data') : null;
    if (!block) {
      block = document.getElementById('jcl-data');
    }
    if (!block || !block.textContent.trim()) {
      return;
    }
    var d = JSON.parse(block.textContent);
    var money = d.currency ? d.currency : 'cost';
    var start = d.startDate || null;
    sCurve('jcl-finish-curve', d.finishCurve, d.finishTarget, 'day', 1, start);
    sCurve('jcl-cost-curve', d.costCurve, d.costTarget, money, 0);
    var series = [{ name: 'trials', type: 'scatter', symbolSize: 3, color: 'rgba(47,111,222,0.35)', data: d.scatter,
      markLine: { symbol: 'none', silent: true, lineStyle: { color: ORANGE, width: 1.5 },
        label: { position: 'insideEndTop', formatter: function (p) {
          return p.data.xAxis !== undefined ? 'finish target' : 'cost target';
        } },
        data: [{ xAxis: d.finishTarget }, { yAxis: d.costTarget }] } }];
    d.frontiers.forEach(function (f) {
      series.push({ name: 'JCL ' + Math.round(f.level * 100) + ' %', type: 'line', step: 'end', showSymbol: false,
        color: FRONTIER_COLOURS[String(f.level)] || TEXT, lineStyle: { width: 2 },
        data: f.points.map(function (p) { return [p.x, p.y]; }) });
    });
    draw('jcl-scatter', {
      grid: { left: 64, right: 24, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: function (p) {
        return finishText(start, p.value[0]) + ', ' + fmt(p.value[1], 0) + ' ' + money;
      } },
      xAxis: finishAxis(start),
      yAxis: axis(money, { nameGap: 48 }),
      series: series
    });
    var names = d.names || {};
    tornado('jcl-tornado-partners', d.tornado.partners, function (b) { return b.finish; }, 'days', 1, names.partners);
    tornado('jcl-tornado-activities', d.tornado.activities, function (b) { return b.finish; }, '', 2, names.activities);
    tornado('jcl-tornado-risks', d.tornado.risks, function (b) { return b.finish; }, 'days', 1, names.risks);
  }

  var timer = null;

  function progress(on) {
    var box = document.getElementById('jcl-progress');
    var button = document.getElementById('run-button');
    if (!box) { return; }
    box.classList.toggle('d-none', !on);
    if (button) { button.disabled = on; }
    if (timer) { clearInterval(timer); timer = null; }
    if (on) {
      var started = Date.now();
      var elapsed = document.getElementById('jcl-elapsed');
      timer = setInterval(function () {
        if (elapsed) { elapsed.textContent = ((Date.now() - started) / 1000).toFixed(1); }
      }, 100);
    }
  }

  function isRun(e) {
    return e.detail && e.detail.elt && e.detail.elt.id === 'jcl-run';
  }

  document.addEventListener('htmx:beforeRequest', function (e) { if (isRun(e)) { progress(true); } });
  document.addEventListener('htmx:afterRequest', function (e) { if (isRun(e)) { progress(false); } });
  // a 400 (bad trials or seed) still carries the message to show
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (isRun(e) && e.detail.xhr.status === 400) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });
  document.addEventListener('htmx:afterSettle', function (e) {
    if (e.detail && e.detail.target && e.detail.target.id === 'jcl-results') { render(e.detail.target); }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { render(document); });
  } else {
    render(document);
  }
})();
