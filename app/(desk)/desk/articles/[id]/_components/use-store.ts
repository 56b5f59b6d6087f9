"use client";
// The reducer (state.ts) held so that its latest state is readable at once, not only at the
// next render: a save started right after an edit must send that edit (formRef in the old
// component). dispatch computes the next state eagerly and renders it.
import { useCallback, useMemo, useRef, useState } from "react";
import type { Option } from "./model";
import { reducer, type Action, type WorkbenchState } from "./state";

export type Store = { state: WorkbenchState; latest: () => WorkbenchState; dispatch: (a: Action) => void };

export function useStore(init: () => WorkbenchState, places: Option[]): Store {
  const [state, setState] = useState(init);
  const ref = useRef(state);
  const reduce = useMemo(() => reducer(places), [places]);
  const dispatch = useCallback(
    (a: Action) => {
      ref.current = reduce(ref.current, a);
      setState(ref.current);
    },
    [reduce],
  );
  const latest = useCallback(() => ref.current, []);
  return { state, latest, dispatch };
}
