import type { ReactNode } from 'react';

interface ChoiceButtonProps {
  children: ReactNode;
  /** This choice is the one that holds now: said as "pressed", and shown with a tick, not by colour alone. */
  isChosen: boolean;
  /** True while a choice is being saved: the button stays, focusable, and ignores presses meanwhile. */
  isPending: boolean;
  onPress: () => void;
}

/**
 * One of a few answers to the same question. The buttons stay in place after a press, so that
 * focus is never lost; the chosen one is pressed (aria-pressed).
 */
export function ChoiceButton({ children, isChosen, isPending, onPress }: ChoiceButtonProps) {
  return (
    <button
      type="button"
      className="button choice-button"
      aria-pressed={isChosen}
      aria-disabled={isPending || undefined}
      onClick={() => {
        if (!isPending) onPress();
      }}
    >
      {/* Hidden from screen readers, which say "pressed": the button's name stays the same. */}
      {isChosen && (
        <span aria-hidden="true" className="choice-button__tick">
          ✓
        </span>
      )}
      {children}
    </button>
  );
}
