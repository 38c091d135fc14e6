/** A status tag's shape as a small inline SVG, drawn beside its word (never instead of it). */
import type { ReactElement } from 'react';
import { ShapeIcon } from '../../charts/ShapeIcon.js';
import type { StatusTag } from '../document.js';

export function TagShape({ tag }: { tag: StatusTag }): ReactElement {
  return (
    <ShapeIcon className="tag-shape" shape={tag.shape} colour={tag.colour} size={12} letter={tag.letter} />
  );
}
