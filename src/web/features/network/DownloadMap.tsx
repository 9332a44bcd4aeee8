import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/BusyButton.js';
import { composeImage, renderPng, saveFile } from './download-image.js';
import { useMapFeedback } from './feedback.js';
import { imageFileName } from './map-model.js';
import { formatDay } from './words.js';

interface DownloadMapProps {
  svgRef: RefObject<SVGSVGElement | null>;
  legendRef: RefObject<HTMLElement | null>;
  clientName: string;
}

/** "Download als plaatje": the drawing with a title and the legend, as a PNG or as the SVG itself. */
export function DownloadMap({ svgRef, legendRef, clientName }: DownloadMapProps) {
  const { t, i18n } = useTranslation();
  const feedback = useMapFeedback();
  const [busy, setBusy] = useState<'png' | 'svg' | null>(null);

  const download = async (kind: 'png' | 'svg') => {
    const drawing = svgRef.current;
    if (!drawing) return;
    setBusy(kind);
    try {
      const now = new Date();
      const title = t('network.download.imageTitle', { name: clientName, date: formatDay(now.toISOString(), i18n.language) });
      const image = composeImage(drawing, legendRef.current, title);
      const blob = kind === 'png' ? await renderPng(image) : new Blob([image.markup], { type: 'image/svg+xml' });
      const file = imageFileName(t('network.download.fileName'), clientName, now, kind);
      saveFile(blob, file);
      feedback.say(t('network.download.done', { file }));
    } catch {
      feedback.fail(t('network.download.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby="network-download-title">
      <h3 id="network-download-title">{t('network.download.title')}</h3>
      <p>{t('network.download.intro')}</p>
      <div className="network-actions">
        <BusyButton isPending={busy === 'png'} onPress={() => void download('png')}>
          {t('network.download.png')}
        </BusyButton>
        <BusyButton isPending={busy === 'svg'} onPress={() => void download('svg')} variant="quiet">
          {t('network.download.svg')}
        </BusyButton>
      </div>
    </section>
  );
}
