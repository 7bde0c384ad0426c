import { selectLargeType, selectTheme, useStore, type ThemeChoice } from "../store";

/** Large type (for the back of a classroom) and the theme. */
export function ViewToggles() {
  const large = useStore(selectLargeType);
  const theme = useStore(selectTheme);
  return (
    <div className="flex items-center gap-2">
      <button type="button" className="btn" aria-pressed={large} onClick={() => useStore.setState({ largeType: !large })}>
        Large type
      </button>
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only sm:not-sr-only">Theme</span>
        <select className="field" value={theme} onChange={(e) => useStore.setState({ theme: e.target.value as ThemeChoice })} aria-label="Theme">
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </div>
  );
}
