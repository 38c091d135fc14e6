/**
 * One measure's administration: its definition (the form), its targets, and retiring or
 * reinstating it. `/app/admin/measures/new` defines a new one.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { getJson } from '../../api/client.js';
import { useMeasure } from '../../api/queries.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { useCreateMeasure, useEditMeasure } from './api.js';
import { draftOf, EMPTY_DRAFT } from './draft.js';
import { MeasureForm } from './MeasureForm.js';
import { RetireMeasure } from './RetireMeasure.js';
import { TargetsPanel } from './TargetsPanel.js';
import './admin.css';

function Back() {
  return (
    <p>
      <Link to="/app/admin/measures">All measures</Link>
    </p>
  );
}

export function NewMeasurePage() {
  const create = useCreateMeasure();
  const navigate = useNavigate();
  return (
    <Page title="New measure">
      <Back />
      <MeasureForm
        initial={EMPTY_DRAFT}
        isNew
        hasFigures={false}
        submitText="Create the measure"
        onSave={async (body) => {
          const made = await create.mutateAsync(body);
          await navigate(`/app/admin/measures/${encodeURIComponent(made.id)}?created=true`);
        }}
      />
    </Page>
  );
}

/** Whether the measure has any figure: then its frequency, year and unit stay as they are. */
function useHasFigures(code: string) {
  return useQuery({
    queryKey: ['figures', 'any', code],
    queryFn: async () =>
      (await getJson<{ values: unknown[] }>(`/api/v1/values?measure=${encodeURIComponent(code)}&limit=1`))
        .values.length > 0,
  });
}

export function MeasureEditPage() {
  const code = useParams().code ?? '';
  const [params] = useSearchParams();
  const measure = useMeasure(code);
  const figures = useHasFigures(code);
  const edit = useEditMeasure(code);
  const [saved, setSaved] = useState(false);
  if (measure.isPending || figures.isPending) return <Loading what="the measure" />;
  if (measure.error) return <Problem error={measure.error} />;
  const m = measure.data;
  return (
    <Page title={`${m.id}: ${m.title}`}>
      <Back />
      {params.get('created') ? (
        <div className="notice notice--success" role="status">
          Measure {m.id} created. Set its targets below.
        </div>
      ) : null}
      {saved ? (
        <div className="notice notice--success" role="status">
          Changes to {m.id} saved.
        </div>
      ) : null}
      {m.state === 'retired' ? (
        <div className="notice notice--warning">
          {m.id} is retired: it is no longer reported, and its figures are kept.
        </div>
      ) : null}
      <p>
        <Link to={`/app/measures/${encodeURIComponent(m.id)}`}>See the measure’s page</Link>
      </p>
      <MeasureForm
        key={`${m.id}-${m.state}`}
        initial={draftOf(m)}
        isNew={false}
        hasFigures={figures.data ?? false}
        submitText="Save changes"
        onSave={async ({ id: _id, ...body }) => {
          setSaved(false);
          await edit.mutateAsync(body);
          setSaved(true);
        }}
      />
      <TargetsPanel measure={m} />
      <RetireMeasure measure={m} />
    </Page>
  );
}
