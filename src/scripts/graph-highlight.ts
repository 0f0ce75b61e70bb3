const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * On the graph page, pointing at or focusing a note brings forward it, its neighbours and the links between
 * them, and shows their titles. The neighbour lists are one static file, fetched on first use. Purely visual:
 * every node is already a named link, and without JavaScript the graph is unchanged.
 */
export function initGraphHighlight(): void {
  const svg = document.querySelector<SVGSVGElement>('svg[data-neighbours]');
  if (!svg) return;
  const source = new URL(svg.dataset.neighbours ?? '', location.href);
  if (source.origin !== location.origin) return;
  type Neighbours = Record<string, string[]>;
  let neighbours: Promise<Neighbours> | undefined;
  const load = () =>
    (neighbours ??= fetch(source.href, { credentials: 'same-origin' })
      .then((response): Promise<Neighbours> | Neighbours => (response.ok ? response.json() : {}))
      .catch((): Neighbours => ({})));
  const nodes = new Map([...svg.querySelectorAll<SVGAElement>('a[data-node]')].map((node) => [node.dataset.node ?? '', node]));
  const centreOf = (node: SVGAElement | undefined) => {
    const circle = node?.querySelector('circle');
    return circle && `${circle.getAttribute('cx')} ${circle.getAttribute('cy')}`;
  };
  const links = document.createElementNS(SVG_NS, 'path');
  links.classList.add('graph__edges', 'graph__edges--near');
  svg.insertBefore(links, svg.querySelector('a, g'));
  let active: string | undefined;

  function clear(): void {
    active = undefined;
    svg?.classList.remove('graph--focus');
    for (const node of nodes.values()) node.classList.remove('is-near');
    links.setAttribute('d', '');
  }

  async function highlight(id: string): Promise<void> {
    active = id;
    const near = (await load())[id] ?? [];
    if (active !== id) return;
    const from = centreOf(nodes.get(id));
    for (const node of nodes.values()) node.classList.toggle('is-near', node.dataset.node === id || near.includes(node.dataset.node ?? ''));
    links.setAttribute('d', near.flatMap((other) => (from && centreOf(nodes.get(other)) ? [`M${from}L${centreOf(nodes.get(other))}`] : [])).join(''));
    svg?.classList.add('graph--focus');
  }

  const nodeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a[data-node]') : null);
  const enter = (event: Event) => {
    const node = nodeOf(event.target);
    if (node?.dataset.node && node.dataset.node !== active) void highlight(node.dataset.node);
  };
  svg.addEventListener('pointerover', enter);
  svg.addEventListener('focusin', enter);
  svg.addEventListener('pointerleave', clear);
  svg.addEventListener('focusout', (event) => {
    if (!nodeOf(event.relatedTarget)) clear();
  });
}
