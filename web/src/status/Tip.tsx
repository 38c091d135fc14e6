/**
 * An explanation that opens on hover and on keyboard focus, stays while the pointer is over it,
 * and closes with Escape (WCAG 1.4.13). The trigger is a real button, so it is reached by Tab and
 * read by screen readers with its explanation as its description; a click or Enter pins it open
 * for touch screens.
 */
import { useId, useState, type ReactNode } from 'react';

export function Tip({ children, explanation }: { children: ReactNode; explanation: ReactNode }) {
  const id = useId();
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hover || focus || pinned);
  return (
    <span
      className="tip"
      onMouseEnter={() => {
        setHover(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        type="button"
        className="tip__trigger"
        aria-describedby={id}
        onFocus={() => {
          setFocus(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocus(false);
          setPinned(false);
        }}
        onClick={() => {
          setPinned((p) => !p);
          setDismissed(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className={open ? 'tip__bubble tip__bubble--open' : 'tip__bubble'}>
        {explanation}
      </span>
    </span>
  );
}
