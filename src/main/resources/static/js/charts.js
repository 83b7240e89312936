/*
 * The one chart helper. Every element with data-chart="<id>" is drawn with ECharts from the JSON block
 * <script type="application/json" id="<id>">, whose "type" is bar, pie, timeline, graph, heatmap, bands, lines, gantt
 * or xy (see the Java record
 * space.consortium.shared.Chart). Colours named by CSS custom properties (--c-hardware, --c-failed, ...) are used
 * for series and categories of the same name, so a kind or a status has one colour on every page.
 * Charts in content swapped in by htmx are drawn as well, and a form that computes them (data-progress="<id>") shows
 * its progress indicator while htmx waits. No page carries chart code of its own.
 */
(function () {
  'use strict';

  var PALETTE = ['#2f6fde', '#e8772e', '#0f8a6a', '#7048c8', '#c2255c', '#a87b00', '#0b7285', '#5c636a',
    '#2b8a3e', '#c92a2a', '#3bc9db', '#f783ac'];
  var TEXT = '#495057';
  var DAY_MS = 24 * 3600 * 1000;
  /**
   * Bounds of a time axis whose points all fall within a day (two changes made the same morning): a day around
   * them, so the axis still reads in days instead of minutes. Undefined (ECharts' own) otherwise.
   */
  function dayBounds(dates) {
    var times = dates.map(function (d) { return typeof d === 'number' ? d : Date.parse(d); })
      .filter(function (t) { return !isNaN(t); });
    if (times.length === 0) {
      return {};
    }
    var min = Math.min.apply(null, times);
    var max = Math.max.apply(null, times);
    return max - min >= DAY_MS ? {} : { min: min - DAY_MS / 2, max: max + DAY_MS / 2 };
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  /**
   * The x axis of dated points when a day-resolution time axis cannot tell them apart (two risk changes made the same
   * day, or the same minute, would draw one vertical line): a category axis with one slot per distinct moment, in
   * order, labelled with its UTC date and time (seconds when two share a minute). Null when every point has a day of
   * its own, so that the time axis stays proportional.
   */
  /**
   * One key per point of a series for the sequence axis: its date, and "#2", "#3"... for a later point of the same
   * series at the same date (two changes in one second are two slots, not one).
   */
  function occurrenceKeys(dates) {
    var seen = {};
    return dates.map(function (d) {
      var k = String(d);
      seen[k] = (seen[k] || 0) + 1;
      return seen[k] === 1 ? k : k + '#' + seen[k];
    });
  }

  function sequenceAxis(keys) {
    var seen = {};
    var moments = [];
    keys.forEach(function (key) {
      var parts = String(key).split('#');
      var t = /^\d+$/.test(parts[0]) ? Number(parts[0]) : Date.parse(parts[0]);
      if (!isNaN(t) && !seen.hasOwnProperty(String(key))) {
        seen[String(key)] = true;
        moments.push({ key: String(key), t: t, n: Number(parts[1] || 1) });
      }
    });
    moments.sort(function (a, b) { return a.t - b.t || a.n - b.n; });
    var days = {};
    var minutes = {};
    var crowded = false;
    var sameMinute = false;
    moments.forEach(function (m) {
      var day = Math.floor(m.t / DAY_MS);
      var minute = Math.floor(m.t / 60000);
      crowded = crowded || days[day];
      sameMinute = sameMinute || minutes[minute];
      days[day] = true;
      minutes[minute] = true;
    });
    if (!crowded) {
      return null;
    }
    var labels = {};
    moments.forEach(function (m) {
      var d = new Date(m.t);
      labels[String(m.key)] = d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + '\n' + two(d.getUTCHours()) + ':'
        + two(d.getUTCMinutes()) + (sameMinute ? ':' + two(d.getUTCSeconds()) : '');
    });
    return { type: 'category', boundaryGap: true, data: moments.map(function (m) { return m.key; }),
      axisLabel: { color: TEXT, hideOverlap: true, lineHeight: 13, formatter: function (v) { return labels[v] || v; } } };
  }

  /** Time-axis labels that always say which day (ECharts' defaults show a bare day of the month). */
  var TIME_LABELS = { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}', hour: '{d} {MMM} {HH}:{mm}',
    minute: '{HH}:{mm}', second: '{HH}:{mm}:{ss}', none: '{d} {MMM} {HH}:{mm}' };
  var styles = null;

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** The colour a CSS custom property --c-<name> gives the name, or ''. */
  function named(name) {
    if (typeof name !== 'string' || !/^[a-z][a-z-]*$/.test(name)) {
      return '';
    }
    styles = styles || getComputedStyle(document.documentElement);
    return styles.getPropertyValue('--c-' + name).trim();
  }

  function bar(spec) {
    var single = spec.series.length === 1;
    // whole-number ticks for counts; values with fractions (a correlation, days of slip) keep theirs
    var whole = spec.series.every(function (s) {
      return s.data.every(function (v) { return v === null || Math.round(v) === v; });
    });
    var categoryAxis = {
      type: 'category', data: spec.categories, inverse: spec.horizontal,
      axisTick: { alignWithLabel: true },
      // a long name beside a horizontal bar wraps onto a second line rather than being cut
      axisLabel: { color: TEXT, interval: 0, hideOverlap: true, rotate: !spec.horizontal && spec.categories.length > 7 ? 30 : 0,
        width: spec.horizontal ? 170 : undefined, overflow: spec.horizontal ? 'break' : undefined,
        lineHeight: spec.horizontal ? 13 : undefined, fontSize: spec.horizontal ? 11 : undefined }
    };
    var titles = spec.titles || [];
    var valueAxis = {
      type: 'value', name: spec.unit, minInterval: whole ? 1 : undefined, axisLabel: { color: TEXT, hideOverlap: true },
      nameTextStyle: { color: TEXT, align: spec.horizontal ? 'center' : 'left' },
      nameLocation: spec.horizontal ? 'middle' : 'end', nameGap: spec.horizontal ? 26 : 12
    };
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
        // a short category ("NASA") is named in full in the tooltip
        formatter: titles.length ? function (items) {
          var j = items[0].dataIndex;
          return '<b>' + esc(titles[j] || spec.categories[j]) + '</b>' + items.map(function (p) {
            return '<br>' + p.marker + esc(p.seriesName) + ': <b>' + esc(p.value) + '</b>';
          }).join('');
        } : undefined },
      legend: single ? { show: false } : { top: 0, type: 'scroll' },
      grid: { left: 8, right: 28, top: single ? 32 : 44, bottom: spec.horizontal ? 28 : 8, containLabel: true },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s, i) {
        var data = s.data;
        if (single) {
          data = s.data.map(function (v, j) {
            var c = named(spec.categories[j]);
            return c ? { value: v, itemStyle: { color: c } } : v;
          });
        }
        var series = {
          name: s.name, type: 'bar', data: data, barMaxWidth: 46,
          stack: spec.stacked ? 'total' : undefined, emphasis: { focus: 'series' }
        };
        var c = named(s.name);
        if (c) {
          series.itemStyle = { color: c };
        } else if (!single) {
          series.itemStyle = { color: PALETTE[i % PALETTE.length] };
        }
        return series;
      })
    };
  }

  function pie(spec) {
    return {
      color: PALETTE,
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          return esc(p.name) + ': <b>' + esc(p.value) + esc(spec.unit) + '</b>'
            + (spec.unit === '%' ? '' : ' (' + p.percent + '%)');
        }
      },
      legend: { bottom: 0, itemGap: 8, textStyle: { color: TEXT } },
      series: [{
        type: 'pie', radius: '64%', center: ['50%', '42%'], minShowLabelAngle: 14,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { position: 'inside', formatter: spec.unit === '%' ? '{c}%' : '{c}', color: '#fff', fontWeight: 600 },
        labelLine: { show: false },
        data: spec.slices.map(function (s) {
          var c = named(s.name);
          return c ? { name: s.name, value: s.value, itemStyle: { color: c } } : { name: s.name, value: s.value };
        })
      }]
    };
  }

  function timeline(spec) {
    var keys = occurrenceKeys(spec.points.map(function (p) { return p.date; }));
    var sequence = sequenceAxis(keys); // same-day changes: one slot each, in order
    return {
      color: PALETTE,
      tooltip: {
        trigger: 'axis', confine: true, className: 'chart-tooltip',
        formatter: function (items) {
          var point = spec.points[items[0].dataIndex];
          return esc(point.date) + '<br>' + esc(spec.name) + ': <b>' + esc(point.value) + '</b><br>'
            + '<span class="chart-tooltip-note">' + esc(point.label) + '</span>';
        }
      },
      grid: { left: 8, right: 28, top: 32, bottom: 8, containLabel: true },
      xAxis: sequence || Object.assign({ type: 'time',
        minInterval: DAY_MS, axisLabel: { color: TEXT, hideOverlap: true, formatter: TIME_LABELS } },
        dayBounds(spec.points.map(function (p) { return p.date; }))),
      yAxis: { type: 'value', name: spec.name.toLowerCase(), minInterval: 1, nameTextStyle: { color: TEXT, align: 'left' },
        axisLabel: { color: TEXT } },
      series: [{
        name: spec.name, type: 'line', step: 'end', symbol: 'circle', symbolSize: 6,
        areaStyle: { opacity: 0.12 },
        data: spec.points.map(function (p, i) { return [sequence ? keys[i] : p.date, p.value]; })
      }]
    };
  }

  function graph(spec, width) {
    var narrow = width > 0 && width < NARROW; // a phone: a tighter layout, labels under the nodes
    var max = 1;
    var names = {};
    var leaders = []; // per category, its best-connected node: the legend names a group after it
    spec.nodes.forEach(function (n) {
      max = Math.max(max, n.value);
      names[n.id] = n.name;
      if (typeof n.category === 'number' && (!leaders[n.category] || leaders[n.category].value < n.value)) {
        leaders[n.category] = n;
      }
    });
    var meaning = spec.categories && spec.categories.length ? spec.categories : null; // what each colour means
    var categories = leaders.length > 1 ? leaders.map(function (n, i) {
      var name = meaning && meaning[i] ? meaning[i] : (n ? 'group of ' + n.name : 'group ' + (i + 1));
      return { name: name, itemStyle: { color: PALETTE[i % PALETTE.length] } };
    }) : null;
    return {
      // a plain legend wraps onto a second line rather than hiding groups behind paging arrows
      legend: categories ? { bottom: 0, left: 'center', type: 'plain', data: categories.map(function (c) { return c.name; }),
        itemGap: narrow ? 6 : 10, textStyle: { color: TEXT, fontSize: narrow ? 11 : 12 } } : undefined,
      tooltip: {
        confine: true,
        formatter: function (p) {
          if (p.dataType === 'edge' && p.data.label) {
            return esc(names[p.data.source]) + ' – ' + esc(names[p.data.target]) + ': <b>' + esc(p.data.label) + '</b>';
          }
          if (p.dataType === 'edge') {
            return esc(names[p.data.source]) + ' – ' + esc(names[p.data.target]) + ': <b>' + esc(p.data.value)
              + '</b> shared project' + (p.data.value === 1 ? '' : 's');
          }
          return esc(p.data.name) + ': <b>' + esc(p.data.value) + '</b> ' + esc(spec.unit || 'project')
            + (p.data.value === 1 ? '' : 's');
        }
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, categories: categories || undefined,
        top: 16, left: narrow ? 40 : 16, right: narrow ? 40 : 16, bottom: categories ? (narrow ? 64 : 36) : 16,
        force: narrow ? { repulsion: 110, edgeLength: [30, 80], gravity: 0.2, layoutAnimation: true }
          : { repulsion: 180, edgeLength: [50, 130], gravity: 0.1, layoutAnimation: true },
        label: { show: true, position: narrow ? 'bottom' : 'right', color: TEXT, fontSize: narrow ? 10 : 11,
          distance: 2 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 }, label: { show: true } },
        lineStyle: { color: '#adb5bd', opacity: 0.8, curveness: 0.05 },
        data: spec.nodes.map(function (n, i) {
          return {
            id: n.id, name: n.name, value: n.value, url: n.url,
            category: categories && typeof n.category === 'number' ? n.category : undefined,
            symbolSize: 8 + 26 * Math.sqrt(n.value / max),
            itemStyle: { color: PALETTE[(typeof n.category === 'number' ? n.category : i) % PALETTE.length] }
          };
        }),
        links: spec.links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value, label: l.label,
            lineStyle: { width: Math.min(1 + l.value, 7) } };
        })
      }]
    };
  }

  /** Below this width (px) a chart is drawn for a phone: tilted or narrower labels, a smaller legend. */
  var NARROW = 560;

  function heatmap(spec, width) {
    // on a phone a cell is ~45 px: "4 Significant" cannot fit, so the column labels tilt; the legend shrinks to fit
    var narrow = width > 0 && width < NARROW;
    return {
      tooltip: {
        confine: true, className: 'chart-tooltip',
        formatter: function (p) { return esc(p.data.label).replace(/\n/g, '<br>'); }
      },
      // long scale labels wrap within their cell; the row axis's name sits above it, clear of the labels; the
      // legend below says what each colour means
      grid: { left: 8, right: 16, top: 30, bottom: narrow ? 48 : 64, containLabel: true },
      xAxis: { type: 'category', data: spec.columns, name: spec.columnsName, nameLocation: 'middle',
        nameGap: narrow ? 66 : 36,
        axisLabel: narrow ? { color: TEXT, interval: 0, rotate: 40, fontSize: 10, margin: 6 }
          : { color: TEXT, interval: 0, width: 64, overflow: 'break', lineHeight: 13, fontSize: 11 },
        nameTextStyle: { color: TEXT, fontWeight: 600 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: spec.rows, name: spec.rowsName, nameLocation: 'end', nameGap: 10,
        axisLabel: { color: TEXT, interval: 0, width: narrow ? 56 : 96, overflow: 'break', lineHeight: 13,
          fontSize: narrow ? 10 : 11 },
        nameTextStyle: { color: TEXT, fontWeight: 600, align: 'right' }, splitArea: { show: true } },
      visualMap: {
        show: true, type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
        itemWidth: narrow ? 10 : 14, itemHeight: narrow ? 10 : 14, itemGap: narrow ? 6 : 10, textGap: narrow ? 3 : 5,
        selectedMode: false, textStyle: { color: TEXT, fontSize: narrow ? 10 : 11 },
        pieces: spec.classes.map(function (c, i) {
          return { value: i, color: named(c) || c, label: (spec.classLabels || [])[i] || String(i) };
        })
      },
      series: [{
        type: 'heatmap',
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: {
          show: true, fontWeight: 700, color: '#212529', fontSize: 14,
          formatter: function (p) { return p.data.count > 0 ? String(p.data.count) : ''; }
        },
        data: spec.cells.map(function (c) {
          return { value: [c.column, c.row, c.level], count: c.count, label: c.label };
        })
      }]
    };
  }

  function thresholdLine(spec) {
    if (spec.threshold === null || spec.threshold === undefined) {
      return undefined;
    }
    return {
      silent: true, symbol: 'none', lineStyle: { color: '#c92a2a', type: 'dashed', width: 1.5 },
      label: { formatter: spec.thresholdLabel, color: '#c92a2a', position: 'insideEndTop' },
      data: [{ yAxis: spec.threshold }]
    };
  }

  function bands(spec) {
    function diff(upper, lower) {
      return upper.map(function (v, i) { return Math.max(0, v - lower[i]); });
    }
    function area(name, values, opacity) {
      return { name: name, type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
        itemStyle: { color: '#2f6fde', opacity: opacity * 2 }, areaStyle: { color: '#2f6fde', opacity: opacity },
        data: values };
    }
    return {
      tooltip: {
        trigger: 'axis', confine: true, className: 'chart-tooltip',
        formatter: function (items) {
          var i = items[0].dataIndex;
          return esc(spec.xName) + ' ' + esc(spec.x[i]) + '<br>P95 ' + spec.p95[i].toFixed(0) + '<br>P75 '
            + spec.p75[i].toFixed(0) + '<br><b>median ' + spec.p50[i].toFixed(0) + '</b><br>P25 '
            + spec.p25[i].toFixed(0) + '<br>P5 ' + spec.p5[i].toFixed(0);
        }
      },
      legend: { top: 0, data: ['5–95 %', '25–75 %', 'median'] },
      grid: { left: 8, right: 28, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: spec.x, name: spec.xName, nameLocation: 'middle',
        nameGap: 26, axisLabel: { color: TEXT }, nameTextStyle: { color: TEXT } },
      yAxis: { type: 'value', name: spec.yName, min: 0, axisLabel: { color: TEXT },
        nameTextStyle: { color: TEXT, align: 'left' } },
      series: [
        { name: 'base', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: spec.p5 },
        area('5–95 %', diff(spec.p25, spec.p5), 0.15),
        area('25–75 %', diff(spec.p75, spec.p25), 0.35),
        area('5–95 %', diff(spec.p95, spec.p75), 0.15),
        { name: 'median', type: 'line', symbol: 'none', lineStyle: { color: '#1c3f8c', width: 2 },
          itemStyle: { color: '#1c3f8c' }, data: spec.p50, markLine: thresholdLine(spec) }
      ]
    };
  }

  function lines(spec) {
    var moments = spec.time ? [].concat.apply([], spec.series.map(function (s) {
      return s.points.map(function (p) { return p[0]; });
    })) : [];
    var keys = spec.series.map(function (s) {
      return occurrenceKeys(s.points.map(function (p) { return p[0]; }));
    });
    var sequence = spec.time ? sequenceAxis([].concat.apply([], keys)) : null; // same-day changes: one slot each
    return {
      color: PALETTE,
      tooltip: {
        trigger: 'item', confine: true, className: 'chart-tooltip',
        formatter: function (p) {
          var s = spec.series[p.seriesIndex];
          var label = s.labels[p.dataIndex] || '';
          return esc(String(p.value[0]).split('#')[0]) + '<br>' + esc(s.name) + ': <b>' + esc(Math.round(p.value[1] * 10) / 10) + '</b>'
            + (label ? '<br><span class="chart-tooltip-note">' + esc(label) + '</span>' : '');
        }
      },
      legend: spec.series.length > 1 ? { top: 0, type: 'scroll' } : { show: false },
      grid: { left: 8, right: 28, top: spec.series.length > 1 ? 40 : 28, bottom: sequence ? 40 : 28, containLabel: true },
      xAxis: Object.assign({ type: spec.time ? 'time' : 'value', name: spec.xName, nameLocation: 'middle', nameGap: 26,
        minInterval: spec.time ? DAY_MS : undefined,
        axisLabel: { color: TEXT, hideOverlap: true, formatter: spec.time ? TIME_LABELS : undefined },
        nameTextStyle: { color: TEXT } }, spec.time && !sequence ? dayBounds(moments) : {}, sequence || {},
        sequence ? { minInterval: undefined, nameGap: 36 } : {}),
      yAxis: { type: 'value', name: spec.yName, min: 0, minInterval: spec.threshold === null ? 1 : 0,
        axisLabel: { color: TEXT }, nameTextStyle: { color: TEXT, align: 'left' } },
      series: spec.series.map(function (s, i) {
        var data = sequence ? s.points.map(function (p, j) { return [keys[i][j]].concat(p.slice(1)); }) : s.points;
        var series = { name: s.name, type: 'line', symbol: 'circle', symbolSize: 5, data: data,
          markLine: i === 0 ? thresholdLine(spec) : undefined };
        var c = named(s.name);
        if (c) {
          series.itemStyle = { color: c };
          series.lineStyle = { color: c };
        }
        return series;
      })
    };
  }

  /** Spans on rows (Gantt), one custom series per group so that the legend shows the groups. */
  function gantt(spec) {
    function colour(i) {
      return named(spec.groups[i]) || PALETTE[i % PALETTE.length];
    }
    return {
      tooltip: {
        confine: true,
        formatter: function (p) { return esc(p.data.label); }
      },
      useUTC: true,
      legend: { top: 0, type: 'scroll', data: spec.groups },
      grid: { left: 8, right: 28, top: 36, bottom: 64, containLabel: true },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, height: 18, bottom: 6 }, { type: 'inside', xAxisIndex: 0 }],
      xAxis: { type: 'time', name: 'date and time (UTC)', nameLocation: 'middle', nameGap: 26,
        nameTextStyle: { color: TEXT }, axisLabel: { color: TEXT, hideOverlap: true, formatter: TIME_LABELS } },
      yAxis: { type: 'category', data: spec.rows, inverse: true, axisLabel: { color: TEXT },
        splitLine: { show: true, lineStyle: { color: '#f1f3f5' } } },
      series: spec.groups.map(function (name, g) {
        return {
          name: name, type: 'custom', itemStyle: { color: colour(g) },
          encode: { x: [1, 2], y: 0 },
          renderItem: function (params, api) {
            var start = api.coord([api.value(1), api.value(0)]);
            var end = api.coord([api.value(2), api.value(0)]);
            var height = api.size([0, 1])[1] * 0.6;
            var rect = echarts.graphic.clipRectByRect(
              { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height: height },
              { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
            return rect && {
              type: 'rect', shape: rect, transition: [],
              style: { fill: colour(g), opacity: api.value(3) ? 0.3 : 0.95 }
            };
          },
          data: spec.spans.filter(function (s) { return s.group === g; }).map(function (s) {
            return { value: [s.row, Date.parse(s.start), Date.parse(s.end), s.faded ? 1 : 0], label: s.label };
          })
        };
      })
    };
  }

  function number(v, digits) {
    return Number(v).toLocaleString('en', { maximumFractionDigits: digits });
  }

  /** 380000000 → "380 M": tick labels that fit. */
  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e9) { return number(v / 1e9, 2) + ' B'; }
    if (a >= 1e6) { return number(v / 1e6, 1) + ' M'; }
    if (a >= 1e4) { return number(v / 1e3, 0) + ' k'; }
    return number(v, 1);
  }

  /** The date of a day count from the axis's table (the server's calendar rule); "day n" outside it. */
  function dayDate(dates, v) {
    var i = Math.max(0, Math.ceil(v - 1e-9)) - dates.first;
    return i >= 0 && i < dates.dates.length ? dates.dates[i] : 'day ' + number(v, 1);
  }

  /** How an xy axis labels a tick (short) and a value in a tooltip (exact). */
  function tick(axis) {
    switch (axis.format) {
      case 'compact': return compact;
      case 'percent': return function (v) { return number(v * 100, 0) + ' %'; };
      case 'date': return function (v) { return dayDate(axis.dates, v); };
      default: return function (v) { return number(v, 1); };
    }
  }

  function exact(axis, v) {
    switch (axis.format) {
      case 'compact': return number(v, 0);
      case 'percent': return number(v * 100, 1) + ' %';
      case 'date': return dayDate(axis.dates, v) + ' (day ' + number(v, 1) + ')';
      default: return number(v, 1);
    }
  }

  /** Points, lines and step lines over two value axes, with dashed markers (targets) and a legend of the series. */
  function xy(spec) {
    function axis(a, horizontal) {
      return { type: 'value', name: a.name, scale: a.format !== 'percent', min: a.min === null ? undefined : a.min,
        max: a.max === null ? undefined : a.max, minInterval: a.format === 'date' ? 1 : undefined, // a tick a day at most
        nameLocation: horizontal ? 'middle' : 'end',
        nameGap: horizontal ? 28 : 12, nameTextStyle: { color: TEXT, align: horizontal ? 'center' : 'left' },
        axisLabel: { color: TEXT, hideOverlap: true, formatter: tick(a) } };
    }
    var legend = spec.series.length > 1;
    var points = spec.series.some(function (s) { return s.kind === 'scatter'; });
    var markers = spec.markers.map(function (m) {
      var d = { label: { formatter: m.label, color: '#b35309', position: m.axis === 'x' ? 'insideEndTop' : 'insideEndBottom' } };
      d[m.axis === 'x' ? 'xAxis' : 'yAxis'] = m.value;
      return d;
    });
    function text(x, y, name) {
      return esc(name) + '<br>' + esc(spec.x.name) + ': <b>' + esc(exact(spec.x, x)) + '</b><br>'
        + esc(spec.y.name) + ': <b>' + esc(exact(spec.y, y)) + '</b>';
    }
    return {
      color: PALETTE,
      tooltip: points ? { trigger: 'item', confine: true,
        formatter: function (p) { return text(p.value[0], p.value[1], p.seriesName); } }
        : { trigger: 'axis', confine: true,
          formatter: function (items) { return text(items[0].value[0], items[0].value[1], items[0].seriesName); } },
      legend: legend ? { bottom: 0, type: 'scroll', textStyle: { color: TEXT } } : { show: false },
      // a date label is wider than a number: room for half of it past the last tick
      grid: { left: 8, right: spec.x.format === 'date' ? 44 : 28, top: 36, bottom: legend ? 58 : 30, containLabel: true },
      xAxis: axis(spec.x, true),
      yAxis: axis(spec.y, false),
      series: spec.series.map(function (s, i) {
        var series = { name: s.name, data: s.points, markLine: i === 0 && markers.length ? {
          symbol: 'none', silent: true, lineStyle: { color: '#e8772e', type: 'dashed', width: 1.5 }, data: markers } : undefined };
        if (s.kind === 'scatter') {
          series.type = 'scatter';
          series.symbolSize = 3;
          series.itemStyle = { color: PALETTE[i % PALETTE.length], opacity: 0.35 };
        } else {
          series.type = 'line';
          series.step = s.kind === 'step' ? 'end' : undefined;
          series.showSymbol = false;
          series.itemStyle = { color: PALETTE[i % PALETTE.length] };
          series.lineStyle = { width: 2, color: PALETTE[i % PALETTE.length] };
        }
        return series;
      })
    };
  }

  var BUILDERS = { bar: bar, pie: pie, timeline: timeline, graph: graph, heatmap: heatmap, bands: bands, lines: lines,
    gantt: gantt, xy: xy };

  /** Chart types that ECharts' common build draws (bar, line, scatter and pie series); the others need the full build. */
  var COMMON = { bar: true, pie: true, timeline: true, bands: true, lines: true, xy: true };
  var SCRIPT = document.currentScript;
  var loaded = null;   // the ECharts build present: null, 'common' or 'full'
  var pending = null;  // the build being loaded
  var waiting = [];    // chart elements waiting for it

  function specOf(el) {
    var block = document.getElementById(el.getAttribute('data-chart'));
    return block ? JSON.parse(block.textContent) : null;
  }

  function covers(build, type) {
    return build === 'full' || (build === 'common' && COMMON[type] === true);
  }

  /**
   * True when ECharts can draw the chart now. Otherwise loads it, once, and draws the chart when it has loaded: the
   * common build (two thirds of the size) when it covers every chart on the page, the full build otherwise.
   */
  function withECharts(el, spec) {
    if (loaded === null && pending === null && typeof echarts !== 'undefined') {
      loaded = 'common'; // a page that loaded ECharts itself has at least the common build
    }
    if (covers(loaded, spec.type)) {
      return true;
    }
    waiting.push(el);
    if (covers(pending, spec.type)) {
      return false;
    }
    var need = 'common';
    document.querySelectorAll('[data-chart]').forEach(function (other) {
      var s = other === el ? spec : specOf(other);
      if (s && !COMMON[s.type]) {
        need = 'full';
      }
    });
    var url = SCRIPT && SCRIPT.getAttribute(need === 'full' ? 'data-echarts-full' : 'data-echarts-common');
    if (!url) {
      return false;
    }
    pending = need;
    var script = document.createElement('script');
    script.src = url;
    script.onload = function () {
      if (loaded !== 'full') {
        loaded = need;
      }
      if (pending === need) {
        pending = null;
      }
      var drawn = waiting;
      waiting = [];
      drawn.forEach(render);
    };
    document.head.appendChild(script);
    return false;
  }

  /** Saves a chart as SVG: drawn again, off screen, with ECharts' SVG renderer, then downloaded. */
  function saveSvg(chart, name) {
    var div = document.createElement('div');
    div.style.position = 'absolute';
    div.style.left = '-10000px';
    document.body.appendChild(div);
    var copy = echarts.init(div, null, { renderer: 'svg', width: chart.getWidth(), height: chart.getHeight() });
    var option = chart.getOption();
    option.animation = false;
    option.toolbox = [{ show: false }];
    copy.setOption(option);
    var svg = copy.renderToSVGString();
    copy.dispose();
    div.remove();
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    link.download = name + '.svg';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /** Every chart can be saved: PNG through ECharts' saveAsImage, SVG through saveSvg. */
  function addSaving(chart, name) {
    chart.setOption({ toolbox: { right: 4, top: 0, itemSize: 14, feature: {
      saveAsImage: { type: 'png', name: name, title: 'PNG', pixelRatio: 2 },
      mySaveSvg: { title: 'SVG', icon: 'path://M2,2H22V22H2ZM6,14l4-6 3,4 2-2 3,4Z',
        onclick: function () { saveSvg(chart, name); } }
    } } });
  }

  function render(el) {
    if (el.getAttribute('data-chart-drawn') === 'true') {
      return;
    }
    var spec = specOf(el);
    if (!spec) {
      return;
    }
    var build = BUILDERS[spec.type];
    if (!build || !withECharts(el, spec)) {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(build(spec, el.clientWidth));
    addSaving(chart, el.id || 'chart');
    chart.on('click', function (p) {
      var url = spec.type === 'graph' ? (p.dataType === 'node' && p.data.url)
        : (spec.links && spec.links[p.dataIndex]);
      if (url && url.charAt(0) === '/') {
        window.location.href = url;
      }
    });
    el.setAttribute('data-chart-drawn', 'true');
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { chart.resize(); }).observe(el);
    } else {
      window.addEventListener('resize', function () { chart.resize(); });
    }
  }

  function renderAll(root) {
    if (root.matches && root.matches('[data-chart]')) {
      render(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll('[data-chart]').forEach(render);
    }
  }

  /** Charts in a page restored from htmx's history cache come back as dead canvases: draw them anew. */
  function redrawAll() {
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var old = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(el);
      if (old) {
        old.dispose();
      }
      el.innerHTML = '';
      el.removeAttribute('data-chart-drawn');
      el.removeAttribute('_echarts_instance_');
      render(el);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { renderAll(document); });
  } else {
    renderAll(document);
  }
  document.addEventListener('htmx:load', function (e) { renderAll(e.detail.elt); });
  document.addEventListener('htmx:historyRestore', redrawAll);

  /*
   * A form whose results are charts and may take seconds (a JCL run): data-progress="<id>" names its progress
   * indicator, shown (with the seconds elapsed in its [data-elapsed]) and the submit button disabled while htmx
   * waits; a 400 answer still carries the message to show, so it is swapped in.
   */
  var timer = null;

  function progressForm(e) {
    var form = e.detail && e.detail.elt;
    return form && form.getAttribute && form.getAttribute('data-progress') ? form : null;
  }

  function progress(form, on) {
    var box = document.getElementById(form.getAttribute('data-progress'));
    if (!box) {
      return;
    }
    box.classList.toggle('d-none', !on);
    form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = on; });
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (on) {
      var started = Date.now();
      var elapsed = box.querySelector('[data-elapsed]');
      timer = setInterval(function () {
        if (elapsed) {
          elapsed.textContent = ((Date.now() - started) / 1000).toFixed(1);
        }
      }, 100);
    }
  }

  document.addEventListener('htmx:beforeRequest', function (e) {
    var form = progressForm(e);
    if (form) {
      progress(form, true);
    }
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    var form = progressForm(e);
    if (form) {
      progress(form, false);
    }
  });
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (progressForm(e) && e.detail.xhr.status === 400) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });
}());
