// The report's interactive network (render/network_explorer.hpp): draws the
// data entente wrote into #explore-data with cytoscape.js, one step (an era
// or a window) at a time, every actor at its place in the shared layout.
// It looks numbers up and shows them; it computes no analysis of its own.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('explore-data').textContent);
  const root = document.getElementById('explore-view');
  const slider = document.getElementById('explore-slider');
  const kindSelect = document.getElementById('explore-kind');
  const play = document.getElementById('explore-play');
  const stepOut = document.getElementById('explore-step');
  const note = document.getElementById('explore-note');
  const hover = document.getElementById('explore-hover');
  const detail = document.getElementById('explore-detail');
  root.hidden = false;

  const names = new Map(data.actors.map(a => [a.id, a.name]));
  const places = new Map(data.actors.map(a => [a.id, {x: a.x, y: a.y}]));
  const fmt = x => (Math.round(x * 100) / 100).toFixed(2);
  let kind = 'eras';
  let index = 0;
  let chosen = null; // {actor: id} or {source, target}: what the detail panel follows
  let timer = null;

  /// An element with text or children; text is never parsed as HTML.
  function el(tag, className, ...children) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    for (const c of children) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  const steps = () => data[kind];
  const step = () => steps()[index];
  const relationOf = (s, a, b) => s.relations.find(r => (r.source === a && r.target === b) ||
                                                       (r.source === b && r.target === a));

  const cy = cytoscape({
    container: document.getElementById('explore-graph'),
    elements: data.actors.map(a => ({group: 'nodes', data: {id: a.id, name: a.name, size: 14},
                                     position: places.get(a.id)})),
    layout: {name: 'preset'},
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {selector: 'node', style: {'label': 'data(name)', 'width': 'data(size)', 'height': 'data(size)',
                                 'background-color': '#dbe9f6', 'border-width': 1, 'border-color': '#555555',
                                 'font-size': 11, 'text-valign': 'center', 'color': '#1d2327'}},
      {selector: 'node.focal', style: {'border-color': '#1d2327'}},
      {selector: 'edge', style: {'width': 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'straight',
                                 'opacity': 0.85}},
      {selector: '.faded', style: {'opacity': 0.12}},
      {selector: 'node.chosen', style: {'border-color': '#0b5cad'}},
      {selector: 'edge.chosen', style: {'opacity': 1, 'underlay-color': '#0b5cad', 'underlay-opacity': 0.25,
                                        'underlay-padding': 3}},
    ],
  });
  // The view frames every actor of every step once, and never moves: a step only adds and removes.
  cy.fit(cy.nodes(), 20);
  const unit = 1 / cy.zoom(); // a screen pixel at that frame, in the layout's points
  cy.style().selector('node').style('font-size', 11 * unit).update();

  /// Draws step `i` of the current kind: its actors sized by strength, its relations by |score|.
  function show(i) {
    index = Math.max(0, Math.min(steps().length - 1, i));
    slider.value = String(index);
    const s = step();
    const strongest = Math.max(1e-12, ...s.relations.map(r => Math.abs(r.score)));
    const strength = Math.max(1e-12, ...s.actors.map(a => a.strength));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(s.actors.map(a => ({group: 'nodes', position: places.get(a.id), classes: a.id === data.focal ? 'focal' : '',
                                 data: {id: a.id, name: names.get(a.id), size: unit * (10 + 22 * Math.sqrt(a.strength / strength))}})));
      cy.add(s.relations.map(r => ({group: 'edges', data: {
        id: r.source + '--' + r.target, source: r.source, target: r.target, score: r.score,
        width: unit * (1 + 6 * Math.abs(r.score) / strongest), colour: r.score >= 0 ? '#2e8b57' : '#c0392b'}})));
    });
    stepOut.textContent = `${s.label} (${s.start} to ${s.end}) · ${s.relations.length} relations`;
    note.textContent = s.not_drawn;
    highlight();
    if (chosen) showDetail();
  }

  function describeRelation(r) {
    return `${names.get(r.source)} – ${names.get(r.target)}: score ${fmt(r.score)} (cooperation ` +
           `${fmt(r.cooperation)}, conflict ${fmt(r.conflict)}), ${r.events} events`;
  }

  function evidenceList(r) {
    const list = el('ol', 'evidence');
    for (const [e, contribution] of r.evidence) {
      const [date, source, target, code, , , summary, ref] = data.events[e];
      list.append(el('li', '', `${date} ${source} → ${target} ${code} ${data.codes[code]}: ${summary} ` +
                               `(${fmt(contribution)} here${ref ? '; ' + ref : ''})`));
    }
    return list;
  }

  /// One bar per step: `value(s)` drawn from a zero line, the current step marked.
  function bars(value, signed) {
    const values = steps().map(value);
    const largest = Math.max(1e-12, ...values.map(v => Math.abs(v || 0)));
    const table = el('table', 'bars');
    steps().forEach((s, i) => {
      const v = values[i];
      const bar = el('div', 'bar' + (signed && v < 0 ? ' neg' : ''));
      bar.style.width = (v ? 100 * Math.abs(v) / largest : 0) + '%';
      table.append(el('tr', i === index ? 'current' : '', el('td', 'lab', s.label),
                      el('td', 'n', v === null ? '' : fmt(v)), el('td', 'w', bar)));
    });
    return el('div', 'barscroll', table);
  }

  function showDetail() {
    detail.replaceChildren();
    detail.hidden = false;
    if (chosen.actor) {
      const id = chosen.actor;
      detail.append(el('h3', '', `${names.get(id)}: strength in each ${kind === 'eras' ? 'era' : 'window'}`));
      const now = step().relations.filter(r => r.source === id || r.target === id);
      detail.append(el('p', 'muted', `${now.length} relations in ${step().label}; the sum of |score| over them:`));
      detail.append(bars(s => { const a = s.actors.find(x => x.id === id); return a ? a.strength : null; }, false));
      scrollToCurrent();
      return;
    }
    const {source, target} = chosen;
    const r = relationOf(step(), source, target);
    detail.append(el('h3', '', `${names.get(source)} – ${names.get(target)} through time`));
    if (r) detail.append(el('p', '', describeRelation(r)), evidenceList(r));
    detail.append(bars(s => { const x = relationOf(s, source, target); return x ? x.score : null; }, true));
    scrollToCurrent();
    const ruptures = data.ruptures.filter(x => (x.source === source && x.target === target) ||
                                               (x.source === target && x.target === source))
                                  .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    detail.append(el('h3', '', ruptures.length ? 'Ruptures and rapprochements' :
                                 'No rupture or rapprochement of this relation among the report\'s'));
    for (const x of ruptures)
      detail.append(el('p', 'rupture', `${x.date} ${x.kind}: ${fmt(x.before)} → ${fmt(x.after)} ` +
                                       `(magnitude ${fmt(x.magnitude)}, ${x.era}). ${x.causes}`));
  }

  /// Scrolls the timeline's list to the step on show, without moving the page.
  function scrollToCurrent() {
    const list = detail.querySelector('.barscroll');
    const row = list.querySelector('tr.current');
    if (row) list.scrollTop = row.offsetTop - list.clientHeight / 2;
  }

  /// Fades everything but the chosen actor's ties, or the chosen relation.
  function highlight() {
    cy.elements().removeClass('faded chosen');
    if (!chosen) return;
    const keep = chosen.actor ? cy.getElementById(chosen.actor).closedNeighborhood()
                              : cy.getElementById(chosen.source).union(cy.getElementById(chosen.target))
                                  .union(cy.getElementById(chosen.source + '--' + chosen.target));
    cy.elements().not(keep).addClass('faded');
    keep.addClass('chosen');
  }

  cy.on('mouseover', 'edge', event => {
    const d = event.target.data();
    const r = relationOf(step(), d.source, d.target);
    hover.replaceChildren(el('p', '', describeRelation(r)), evidenceList(r));
    hover.hidden = false;
  });
  cy.on('tap', 'node', event => { chosen = {actor: event.target.id()}; highlight(); showDetail(); });
  cy.on('tap', 'edge', event => {
    chosen = {source: event.target.data('source'), target: event.target.data('target')};
    highlight();
    showDetail();
  });
  cy.on('tap', event => {
    if (event.target !== cy) return;
    chosen = null;
    highlight();
    detail.hidden = true;
  });

  function setKind(k) {
    kind = k;
    slider.max = String(steps().length - 1);
    show(0);
  }
  function pause() {
    clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
  }
  slider.addEventListener('input', () => show(Number(slider.value)));
  kindSelect.addEventListener('change', () => { pause(); setKind(kindSelect.value); });
  play.addEventListener('click', () => {
    if (timer) return pause();
    if (index === steps().length - 1) show(0);
    play.textContent = 'Pause';
    timer = setInterval(() => (index === steps().length - 1 ? pause() : show(index + 1)), 1200);
  });
  setKind('eras');
  window.ententeExplorer = {cy, data, show, setKind, kind: () => kind};
})();
