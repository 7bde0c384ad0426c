/**
 * Applies the view settings to the page: the dark class (forced by the user or following the system) and
 * large type (bigger text everywhere; the diagram scales its own sizes).
 */
import { useEffect } from "react";
import { selectLargeType, selectTheme, useStore } from "../store";

export function useViewSettings(): void {
  const theme = useStore(selectTheme);
  const large = useStore(selectLargeType);
  useEffect(() => {
    const media = matchMedia("(prefers-color-scheme: dark)");
    const apply = () => {
      const dark = theme === "dark" || (theme === "system" && media.matches);
      document.documentElement.classList.toggle("dark", dark);
      document.documentElement.style.colorScheme = dark ? "dark" : "light";
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [theme]);
  useEffect(() => {
    document.documentElement.classList.toggle("large-type", large);
  }, [large]);
}
