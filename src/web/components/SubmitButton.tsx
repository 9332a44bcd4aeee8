interface SubmitButtonProps {
  children: string;
  isPending: boolean;
}

/**
 * Stays in place, focusable and named while busy, so that focus and screen readers are not lost;
 * the form ignores a second submit meanwhile. (React Aria's pending button announces through a live
 * region that points at the button, and forms often unmount on success, leaving a nameless region.)
 */
export function SubmitButton({ children, isPending }: SubmitButtonProps) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={isPending || undefined}>
      {children}
    </button>
  );
}
