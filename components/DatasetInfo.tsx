import { useEffect, useState } from 'preact/hooks';

interface Info {
  version: string;
  date: string;
  entities: number;
  claims: number;
}

/** Shows which dataset the extension carries: version, date and counts. */
export function DatasetInfo({ loadUrl }: { loadUrl: string }) {
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(loadUrl)
      .then((r) => r.json())
      .then((kb: { version: string; date: string; entities: unknown[]; claims: unknown[] }) =>
        setInfo({ version: kb.version, date: kb.date, entities: kb.entities.length, claims: kb.claims.length }),
      )
      .catch((e: unknown) => setError(String(e)));
  }, [loadUrl]);
  if (error) return <p role="alert">データを読み込めませんでした: {error}</p>;
  if (!info) return <p>読み込み中…</p>;
  return (
    <dl>
      <dt>データ版</dt>
      <dd>
        {info.version} ({info.date})
      </dd>
      <dt>項目</dt>
      <dd>
        {info.entities} 件・訂正 {info.claims} 件
      </dd>
    </dl>
  );
}
