/**
 * Pan and zoom for a graph drawn as one SVG: it fits its frame's width, and the reader zooms with the buttons,
 * with + and − (0 fits it again) and moves with the arrow keys while focus is in the graph, pinches and drags
 * by touch or pointer, or zooms with Ctrl/⌘ and the wheel (a trackpad's pinch). Only the viewBox changes, so
 * every node stays the same named link; without JavaScript the graph fits the width as drawn.
 */
interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MAX_ZOOM = 8;
/** Labels are 13 units high; below this on-screen size they are hidden on small screens (see global.css). */
const LEGIBLE_PX = 10;

export function initGraphZoom(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('[data-graph-zoom]')) {
    const svg = frame.querySelector<SVGSVGElement>('svg');
    const controls = frame.querySelector<HTMLElement>('[data-zoom-controls]');
    if (svg && controls) wire(frame, svg, controls);
  }
}

function wire(frame: HTMLElement, svg: SVGSVGElement, controls: HTMLElement): void {
  const base = svg.viewBox.baseVal;
  const full: View = { x: base.x, y: base.y, w: base.width, h: base.height };
  let view = { ...full };
  const status = controls.querySelector<HTMLElement>('[data-zoom-level]');

  const clamp = (next: View): View => {
    const w = Math.min(full.w, Math.max(full.w / MAX_ZOOM, next.w));
    const h = (w / full.w) * full.h;
    const x = Math.min(full.x + full.w - w, Math.max(full.x, next.x));
    const y = Math.min(full.y + full.h - h, Math.max(full.y, next.y));
    return { x, y, w, h };
  };
  const apply = (next: View) => {
    view = clamp(next);
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    const zoom = full.w / view.w;
    frame.classList.toggle('is-zoomed', zoom > 1.01);
    if (status) status.textContent = `${Math.round(zoom * 100)} %`;
    legible();
  };
  const legible = () => {
    const pxPerUnit = svg.getBoundingClientRect().width / view.w;
    frame.classList.toggle('is-legible', pxPerUnit * 13 >= LEGIBLE_PX);
  };
  /** Zooms by `factor` keeping the graph point under (px, py), in the SVG's units, where it is. */
  const zoomAt = (factor: number, px = view.x + view.w / 2, py = view.y + view.h / 2) => {
    const w = view.w / factor;
    const h = view.h / factor;
    apply({ x: px - ((px - view.x) * w) / view.w, y: py - ((py - view.y) * h) / view.h, w, h });
  };
  const toGraph = (clientX: number, clientY: number) => {
    const box = svg.getBoundingClientRect();
    return { x: view.x + ((clientX - box.left) / box.width) * view.w, y: view.y + ((clientY - box.top) / box.height) * view.h };
  };
  const unitsPerPx = () => view.w / svg.getBoundingClientRect().width;

  controls.hidden = false;
  controls.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-zoom]')?.dataset.zoom : undefined;
    if (action === 'in') zoomAt(1.5);
    else if (action === 'out') zoomAt(1 / 1.5);
    else if (action === 'fit') apply(full);
  });

  frame.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const step = view.w / 8;
    const moves: Record<string, () => void> = {
      '+': () => zoomAt(1.5),
      '=': () => zoomAt(1.5),
      '-': () => zoomAt(1 / 1.5),
      '0': () => apply(full),
      ArrowLeft: () => apply({ ...view, x: view.x - step }),
      ArrowRight: () => apply({ ...view, x: view.x + step }),
      ArrowUp: () => apply({ ...view, y: view.y - step }),
      ArrowDown: () => apply({ ...view, y: view.y + step }),
    };
    const move = moves[event.key];
    // Arrows scroll the page as usual until the graph is zoomed in.
    if (!move || (event.key.startsWith('Arrow') && !frame.classList.contains('is-zoomed'))) return;
    event.preventDefault();
    move();
  });

  // A node reached by Tab while zoomed in is brought into view.
  svg.addEventListener('focusin', (event) => {
    const circle = event.target instanceof Element ? event.target.querySelector('circle') : null;
    if (!circle) return;
    const cx = Number(circle.getAttribute('cx'));
    const cy = Number(circle.getAttribute('cy'));
    if (cx < view.x || cx > view.x + view.w || cy < view.y || cy > view.y + view.h) apply({ ...view, x: cx - view.w / 2, y: cy - view.h / 2 });
  });

  svg.addEventListener('wheel', (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const point = toGraph(event.clientX, event.clientY);
    zoomAt(Math.exp(-event.deltaY / 300), point.x, point.y);
  }, { passive: false });

  // Drags pan and two-finger pinches zoom; a press that moves less than a few pixels stays a click on its node.
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let pinch: number | undefined;
  svg.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
    pinch = undefined;
  });
  svg.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const current = { x: event.clientX, y: event.clientY };
    if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const distance = Math.hypot(current.x - other.x, current.y - other.y);
      if (pinch) {
        const middle = toGraph((current.x + other.x) / 2, (current.y + other.y) / 2);
        zoomAt(distance / pinch, middle.x, middle.y);
      }
      pinch = distance;
      dragged = true;
    } else if (pointers.size === 1) {
      const dx = current.x - last.x;
      const dy = current.y - last.y;
      if (!dragged && Math.hypot(dx, dy) < 4) return;
      if (!dragged) svg.setPointerCapture(event.pointerId);
      dragged = true;
      apply({ ...view, x: view.x - dx * unitsPerPx(), y: view.y - dy * unitsPerPx() });
    }
    pointers.set(event.pointerId, current);
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = undefined;
  };
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);
  svg.addEventListener('click', (event) => {
    if (!dragged) return;
    event.preventDefault();
    event.stopPropagation();
    dragged = false;
  }, true);

  addEventListener('resize', legible);
  legible();
}
