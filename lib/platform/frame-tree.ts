// The first frame as data: what the settled page drew for today, kept as a small tree of tags, attributes and text
// (never markup), and drawn again by the page's classic first-frame script with createElement and textContent before
// any module has loaded. The tree is taken from a Preact render of the same components (components/today/
// TodayPanel.tsx draws it off the page), so the markup lives in one place; when the app takes over it renders the
// same tree into the same container and Preact keeps the nodes it finds (lib/platform/first-frame.ts).

/** A text node, or an element: its tag, its attributes, then its children. */
export type FrameNode = string | [tag: string, attributes: Record<string, string>, ...children: FrameNode[]];

const SVG = 'http://www.w3.org/2000/svg';

/** The tree of `element`'s children. Comments are left out; a checkbox's ticked state (a property) is kept as the
 * `checked` attribute, so that a done task is drawn ticked. */
export function treeOf(element: Element): FrameNode[] {
  const children: FrameNode[] = [];
  for (const node of element.childNodes) {
    if (node.nodeType === 3) children.push(node.textContent ?? '');
    else if (node.nodeType === 1) children.push(elementTree(node as Element));
  }
  return children;
}

function elementTree(element: Element): FrameNode {
  const attributes: Record<string, string> = {};
  for (const a of element.attributes) attributes[a.name] = a.value;
  if (element.localName === 'input' && (element as HTMLInputElement).checked) attributes.checked = '';
  return [element.localName, attributes, ...treeOf(element)];
}

/** Builds `nodes` into `parent`, in the SVG namespace inside an <svg>. */
export function drawTree(parent: Element, nodes: readonly FrameNode[]): void {
  const doc = parent.ownerDocument;
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.append(doc.createTextNode(node));
      continue;
    }
    const [tag, attributes, ...children] = node;
    const svg = tag === 'svg' || parent.namespaceURI === SVG;
    const element = svg ? doc.createElementNS(SVG, tag) : doc.createElement(tag);
    for (const name of Object.keys(attributes)) element.setAttribute(name, attributes[name]!);
    drawTree(element, children);
    parent.append(element);
  }
}

/** A tree read back from storage: anything else is not drawn. */
export function isFrameTree(value: unknown): value is FrameNode[] {
  return Array.isArray(value) && value.every(isFrameNode);
}

function isFrameNode(value: unknown): value is FrameNode {
  if (typeof value === 'string') return true;
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !/^[a-z][a-z0-9-]*$/.test(value[0])) return false;
  const attributes: unknown = value[1];
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return false;
  // No event handler attributes: the default policy would refuse them, and they are never drawn.
  if (Object.entries(attributes).some(([k, v]) => /^on/i.test(k) || typeof v !== 'string')) return false;
  return value.slice(2).every(isFrameNode);
}
