/**
 * The Corporate Plan and how it is doing: each priority with its counts of measures by status and
 * the roll-up's plain-English sentence, and beneath it the outcomes and objectives with their
 * published measures. Judged on approved figures of published measures only.
 */
import { emptyCounts, type StatusCounts } from '../../domain/rollup/index.js';
import { RAG_LABELS, RAG_STATUSES, type RagStatus } from '../../domain/status/labels.js';
import type { StrategyKind } from '../../domain/strategy.js';
import { STRATEGY_KIND_LABELS } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import { threadStatus, type ThreadNode } from '../status/index.js';
import { isPublished, publishedMeasures, publishedStrategyItems } from './published.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { Judging } from './site.js';
import { period as toPeriod, periodLabel } from '../../domain/period.js';
import { PUBLIC_SCOPE, visibleStrategyItems } from '../../domain/access/scope.js';

export interface PlanMeasure {
  code: string;
  title: string;
  rag: RagStatus;
  ragWord: string;
}

export interface PlanItem {
  id: string;
  kind: StrategyKind;
  kindLabel: string;
  title: string;
  description: string | null;
  status: RagStatus | null;
  statusWord: string | null;
  sentence: string | null;
  /** Published measures at or below this item (each once), by status. */
  measureCounts: StatusCounts;
  measureTotal: number;
  measures: PlanMeasure[];
  children: PlanItem[];
}

export interface PlanView {
  /** The period judged as at, in words ("July to September 2017"), or null for the latest figures. */
  asAtLabel: string | null;
  plans: PlanItem[];
  /** The statuses in the order a key lists them. */
  statuses: { status: RagStatus; word: string; meaning: string }[];
}

/** "Red: the worst of 3 judged" beside a Red tag reads twice; the tag already says the word. */
function withoutLeadingWord(sentence: string, word: string): string {
  const rest = sentence.startsWith(`${word}: `) ? sentence.slice(word.length + 2) : sentence;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export async function planView(store: Store, when: Judging): Promise<PlanView> {
  // With nothing published there is nothing to judge (and the status service is not asked to judge an empty list).
  const anyPublished = (await publishedMeasures(store)).length > 0;
  if (!anyPublished) return unjudgedPlan(await publishedStrategyItems(store), when);
  const thread = await threadStatus(
    store,
    {
      canSeeMeasure: isPublished,
      canSeeItem: (items) => {
        const visible = visibleStrategyItems(PUBLIC_SCOPE, items);
        return items.filter((i) => visible.has(i.id));
      },
    },
    { ...when, approvedOnly: true, words: false },
  );
  const item = (n: ThreadNode): PlanItem => ({
    id: n.item.id,
    kind: n.item.kind,
    kindLabel: STRATEGY_KIND_LABELS[n.item.kind],
    title: n.item.title,
    description: n.item.description,
    status: n.status?.status ?? null,
    statusWord: n.status ? RAG_LABELS[n.status.status].word : null,
    sentence: n.status ? withoutLeadingWord(n.status.sentence, RAG_LABELS[n.status.status].word) : null,
    ...countsBelow(n),
    measures: n.measureIds
      .map((id) => {
        const m = thread.measures.get(id)!;
        const rag = thread.verdicts.get(id)!.rag.status;
        return { code: m.id, title: m.title, rag, ragWord: RAG_LABELS[rag].word };
      })
      .sort((a, b) => a.title.localeCompare(b.title)),
    children: n.children.map(item),
  });
  const countsBelow = (n: ThreadNode) => {
    const codes = new Set<string>();
    const walk = (x: ThreadNode) => {
      for (const id of x.measureIds) codes.add(id);
      x.children.forEach(walk);
    };
    walk(n);
    const measureCounts = emptyCounts();
    for (const id of codes) measureCounts[thread.verdicts.get(id)!.rag.status]++;
    return { measureCounts, measureTotal: codes.size };
  };
  return {
    asAtLabel: when.asAt ? periodLabel(toPeriod(when.asAt)) : null,
    plans: thread.roots.map(item),
    statuses: RAG_STATUSES.map((s) => ({
      status: s,
      word: RAG_LABELS[s].word,
      meaning: RAG_LABELS[s].description,
    })),
  };
}

function unjudgedPlan(items: readonly StrategyItem[], when: Judging): PlanView {
  const node = (i: StrategyItem): PlanItem => ({
    id: i.id,
    kind: i.kind,
    kindLabel: STRATEGY_KIND_LABELS[i.kind],
    title: i.title,
    description: i.description,
    status: null,
    statusWord: null,
    sentence: null,
    measureCounts: emptyCounts(),
    measureTotal: 0,
    measures: [],
    children: items.filter((c) => c.parentId === i.id).map(node),
  });
  return {
    asAtLabel: when.asAt ? periodLabel(toPeriod(when.asAt)) : null,
    plans: items.filter((i) => i.parentId === null).map(node),
    statuses: RAG_STATUSES.map((s) => ({
      status: s,
      word: RAG_LABELS[s].word,
      meaning: RAG_LABELS[s].description,
    })),
  };
}

/** Every item of the plan, depth first: for search and the open-data table. */
export function planItems(view: PlanView): { item: PlanItem; parentId: string | null }[] {
  const out: { item: PlanItem; parentId: string | null }[] = [];
  const walk = (item: PlanItem, parentId: string | null) => {
    out.push({ item, parentId });
    for (const c of item.children) walk(c, item.id);
  };
  for (const p of view.plans) walk(p, null);
  return out;
}
