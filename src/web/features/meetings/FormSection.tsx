import { useId, type ReactNode, type Ref } from 'react';
import './meetings.css';

interface FormSectionProps {
  title: string;
  /** The planning form's parts are set apart by a line; the minutes' parts hold boxes of their own. */
  divided?: boolean;
  /** For a part whose heading takes focus after a change in it (the agenda): its id and its element. */
  headingId?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A titled part of a long form (a meeting's, or its minutes'), named by its heading for screen readers. */
export function FormSection({ title, divided = false, headingId, headingRef, children }: FormSectionProps) {
  const ownId = useId();
  const titleId = headingId ?? ownId;
  return (
    <section
      aria-labelledby={titleId}
      className={divided ? 'meetings-form-section meetings-form-section--divided' : 'meetings-form-section'}
    >
      <h2
        ref={headingRef}
        id={titleId}
        {...(headingRef === undefined ? {} : { tabIndex: -1 })}
        className="meetings-form-section__title"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
