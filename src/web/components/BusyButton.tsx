import type { ReactNode } from 'react';

interface BusyButtonProps {
  children: ReactNode;
  /** True while the action runs: the button stays, and a second press is ignored. */
  isPending: boolean;
  onPress: () => void;
  variant?: 'primary' | 'quiet' | 'plain';
  /** When the button replaces the control that led to it (a question after a first press). */
  autoFocus?: boolean;
  'aria-label'?: string;
}

const variantClass = { primary: 'button button--primary', quiet: 'button button--quiet', plain: 'button' } as const;

/**
 * A button that starts something on the server. Like SubmitButton it stays in place, focusable and
 * named while busy (aria-disabled rather than disabled, so that focus and screen readers are not
 * lost), and it ignores presses meanwhile, so that nothing is sent twice.
 */
export function BusyButton({
  children,
  isPending,
  onPress,
  variant = 'plain',
  autoFocus,
  'aria-label': ariaLabel,
}: BusyButtonProps) {
  return (
    <button
      type="button"
      className={variantClass[variant]}
      aria-disabled={isPending || undefined}
      aria-label={ariaLabel}
      autoFocus={autoFocus}
      onClick={() => {
        if (!isPending) onPress();
      }}
    >
      {children}
    </button>
  );
}
