import { useEffect, useRef, useState } from 'react';

export interface LazyChart {
  resize(): void;
  dispose(): void;
}

/**
 * A chart whose code (ECharts) loads only when the component mounts: `create` is imported once, draws into
 * `box` and follows its size; it is disposed on unmount. `state` says when `chart.current` can be updated.
 */
export function useLazyChart<C extends LazyChart>(load: () => Promise<(element: HTMLDivElement) => C>) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<C | null>(null);
  const loader = useRef(load);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    loader.current().then((create) => {
      if (cancelled || !box.current) return;
      chart.current = create(box.current);
      // a box of zero size (hidden, or leaving the page) has no view transform to compute: skip it
      observer = new ResizeObserver(([entry]) => {
        if (entry && entry.contentRect.width > 0 && entry.contentRect.height > 0) chart.current?.resize();
      });
      observer.observe(box.current);
      setState('ready');
    }).catch(() => {
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  return { box, chart, state };
}
