import { mapSize } from '../../../domain/network-map.js';
import { fontFamily, palette } from './palette.js';

const svgNs = 'http://www.w3.org/2000/svg';
const margin = 32;
const headHeight = 90;
const legendRow = 52;

export interface ComposedImage {
  markup: string;
  width: number;
  height: number;
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/**
 * One SVG document for the file: a title with the client's name and the date, the drawing as it is on
 * the screen (without focus rings or a drag in progress), and the legend under it, read from the
 * legend on the page so that image and screen always say the same. Every style is an attribute in
 * the drawing already, so the file needs no style sheet.
 */
export function composeImage(drawing: SVGSVGElement, legend: HTMLElement | null, title: string): ComposedImage {
  const items = legend ? [...legend.querySelectorAll<HTMLElement>('[data-legend-item]')] : [];
  const width = mapSize;
  const height = headHeight + mapSize + (items.length > 0 ? items.length * legendRow + margin : 0);

  const image = element('svg', { xmlns: svgNs, viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': fontFamily });
  image.append(element('rect', { width, height, fill: palette.background }));
  const heading = element('text', { x: margin, y: 58, 'font-size': 32, 'font-weight': 700, fill: palette.text });
  heading.textContent = title;
  image.append(heading);

  const map = drawing.cloneNode(true) as SVGSVGElement;
  for (const node of map.querySelectorAll('[data-export="omit"]')) node.remove();
  for (const attribute of ['class', 'role', 'aria-label', 'tabindex']) map.removeAttribute(attribute);
  for (const [key, value] of Object.entries({ x: 0, y: headHeight, width: mapSize, height: mapSize }))
    map.setAttribute(key, String(value));
  image.append(map);

  items.forEach((item, index) => {
    const y = headHeight + mapSize + margin / 2 + index * legendRow;
    const icon = item.querySelector('svg')?.cloneNode(true);
    if (icon instanceof SVGSVGElement) {
      for (const [key, value] of Object.entries({ x: margin, y, width: 40, height: 40 })) icon.setAttribute(key, String(value));
      icon.removeAttribute('class');
      image.append(icon);
    }
    const text = element('text', { x: margin + 56, y: y + 28, 'font-size': 22, fill: palette.text });
    text.textContent = item.textContent;
    image.append(text);
  });

  return { markup: new XMLSerializer().serializeToString(image), width, height };
}

/** The composed SVG drawn onto a canvas, at twice its size so that it stays sharp when printed. */
export async function renderPng({ markup, width, height }: ComposedImage, scale = 2): Promise<Blob> {
  const picture = new Image();
  // A data: address, because the page's content security policy allows images from there and not from blob:.
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await picture.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

/** Offers a file to the person as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; a moment later the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
