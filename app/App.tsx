import { useEffect } from "react";
import { LiveRegion } from "./a11y/LiveRegion";
import { ConsumerConfigPanel } from "./config/ConsumerConfigPanel";
import { ProducerControls } from "./controls/ProducerControls";
import { TimeControls } from "./controls/TimeControls";
import { Diagram } from "./diagram/Diagram";
import { DialogHost } from "./dialogs/DialogHost";
import { stopEngine } from "./engine/engineClient";
import { EmbedView } from "./embed/EmbedView";
import { readEmbedOptions } from "./embed/embedOptions";
import { useEmbedBridge } from "./embed/useEmbedBridge";
import { Header } from "./header/Header";
import { LazyContextMenu } from "./interactions/menus/LazyContextMenu";
import { LazyLessonPanel } from "./lessons/LazyLessonPanel";
import { Panels } from "./panels";
import { LazyPresenterView } from "./present/LazyPresenterView";
import { selectPresenting, setPresenting, usePresentStore } from "./present/presentStore";
import { LazyShortcutsDialog } from "./present/LazyShortcutsDialog";
import { NoticeBar } from "./scenarios/NoticeBar";
import { ScenarioIntro } from "./scenarios/ScenarioIntro";
import { startPlayground } from "./share/startPlayground";
import { TeachBar } from "./share/TeachBar";
import { useStore, type PlaygroundState } from "./store";
import { readUrlOptions } from "./view/urlOptions";
import { useViewSettings } from "./view/useViewSettings";

const selectFirstTopic = (s: PlaygroundState) => s.snapshot?.topics.find((t) => !t.internal)?.name ?? null;

const url = readUrlOptions();
useStore.setState({ theme: url.theme ?? "system", largeType: url.large });
const embed = readEmbedOptions(location.search);
if (new URLSearchParams(location.search).get("present") === "1" && !embed.embed) setPresenting(true);

export function App() {
  useViewSettings();
  const firstTopic = useStore(selectFirstTopic);
  const presenting = usePresentStore(selectPresenting);
  useEmbedBridge(embed.embed, embed.origins);
  useEffect(() => {
    void startPlayground(url);
    return stopEngine;
  }, []);
  if (embed.embed || presenting) {
    return (
      <>
        {embed.embed ? <EmbedView controls={embed.controls} /> : <LazyPresenterView />}
        <LazyContextMenu />
        <DialogHost />
        <LazyShortcutsDialog />
      </>
    );
  }
  return (
    <div className="min-h-screen bg-white text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
      <Header />
      <div className="border-b border-neutral-200 px-4 py-2 dark:border-neutral-800">
        <TeachBar />
      </div>
      <div className="border-b border-neutral-200 px-4 py-2 dark:border-neutral-800">
        <TimeControls />
      </div>
      <LiveRegion />
      <main className="grid gap-4 px-4 pb-6 xl:grid-cols-[minmax(0,1fr)_minmax(22rem,30%)]">
        <div className="flex min-w-0 flex-col gap-3">
          <NoticeBar />
          <ScenarioIntro />
          <LazyLessonPanel placement="main" />
          {firstTopic && <ProducerControls topic={firstTopic} />}
          <Diagram />
          <ConsumerConfigPanel />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <LazyLessonPanel placement="side" />
          <Panels />
        </div>
      </main>
      <LazyContextMenu />
      <DialogHost />
    </div>
  );
}
