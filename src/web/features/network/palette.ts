import type { Formality, Ring } from '../../../domain/network-map.js';

// The drawing's colours, written into the SVG as attributes (not CSS) so that a downloaded image looks
// like the screen. Every mark keeps at least 3:1 against each ring's fill, every text 4.5:1; informal
// and formal differ in shape as well as colour (orange and blue stay apart for colour-blind eyes too).
export const palette = {
  background: '#ffffff',
  ringFill: { inner: '#d9e3ef', middle: '#e9eef5', outer: '#f6f8fb' } satisfies Record<Ring, string>,
  line: '#6b7280',
  text: '#1b1b1f',
  halo: '#ffffff',
  client: '#133560',
  onClient: '#ffffff',
  person: { informal: '#a4410e', formal: '#1d4e89' } satisfies Record<Formality, string>,
  arrow: '#1b1b1f',
  star: '#1b1b1f',
  dropFill: '#ffdd00',
  focus: '#0b0c0c',
  focusHalo: '#ffdd00',
} as const;

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** A five-pointed star around (cx, cy), for people nominated for or in the group. */
export function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI / 5) * i;
    return `${(cx + radius * Math.sin(angle)).toFixed(1)} ${(cy - radius * Math.cos(angle)).toFixed(1)}`;
  });
  return `M ${points.join(' L ')} Z`;
}
