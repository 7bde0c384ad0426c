// Drives the first embedded playground step by step through its postMessage API (docs/EMBEDDING.md).
// Everything received is shown with textContent: never as HTML.
const SOURCE = "consumer-groups-playground";
const crash = document.getElementById("crash");
const coop = document.getElementById("coop");
const log = document.getElementById("log");
const status = document.getElementById("status");
const buttons = [...document.querySelectorAll("button[data-step]")];

// Only our own origin may talk to the playgrounds (the origins allow-list), and we talk only to them.
for (const frame of [crash, coop]) {
  const src = new URL(frame.dataset.src, location.href);
  src.searchParams.set("origins", location.origin);
  frame.src = src.toString();
}
const target = new URL(crash.src).origin;

let nextId = 1;
const pending = new Map();
function request(body) {
  const id = nextId++;
  crash.contentWindow.postMessage({ ...body, id }, target);
  return new Promise((resolve) => pending.set(id, resolve));
}

function say(text) {
  const line = document.createElement("div");
  line.textContent = text;
  log.append(line);
  log.scrollTop = log.scrollHeight;
}

let waitingForStable = null;
function enable(step) {
  buttons.forEach((b, i) => {
    b.disabled = i !== step;
  });
}

addEventListener("message", (e) => {
  if (e.source !== crash.contentWindow || e.origin !== target || e.data?.source !== SOURCE) return;
  const m = e.data;
  if (m.type === "ready") {
    status.textContent = "ready: " + (m.scenario ?? "default scenario");
    request({ type: "subscribeEvents", kinds: ["state", "rebalance", "event"], events: ["consumerCrashed", "memberFailed", "consumerRestarted"] });
    enable(0);
  } else if (m.type === "result" || m.type === "error") {
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  } else if (m.type === "rebalance" || m.type === "event") {
    say(`[${(m.event.time / 1000).toFixed(1)} s] ${m.event.message}`);
  } else if (m.type === "state") {
    const g = m.state.groups.find((x) => x.groupId === "service-a");
    if (g) status.textContent = `service-a is ${g.state} (generation ${g.generationId}, ${g.members.length} members)`;
    if (waitingForStable && g && g.state === "Stable" && !g.members.some((x) => x.clientId === "consumer-2")) {
      waitingForStable();
      waitingForStable = null;
    }
  }
});

const steps = [
  async () => {
    const r = await request({ type: "crashConsumer", consumer: "consumer-2" });
    say(r.ok ? "You crashed consumer-2 (kill -9): no LeaveGroup, so the coordinator does not know yet." : `Refused: ${r.error}`);
    return r.ok;
  },
  async () => {
    say("Waiting for the session timeout and the rebalance (running at 5x)…");
    await request({ type: "setSpeed", speed: 5 });
    await request({ type: "play" });
    await new Promise((resolve) => (waitingForStable = resolve));
    await request({ type: "setSpeed", speed: 1 });
    say("The group is Stable again without consumer-2.");
    return true;
  },
  async () => {
    // The command-line tools load on first use: try again for a few seconds while they say so.
    for (let i = 0; i < 20; i++) {
      const r = await request({ type: "cli", line: "kafka-consumer-groups.sh --describe --group service-a" });
      if (!r.ok) return false;
      if (r.value.exitCode === 0 || !/still loading/.test(r.value.stderr)) {
        say(r.value.stdout || r.value.stderr);
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    say("The command-line tools did not load.");
    return false;
  },
  async () => {
    const r = await request({ type: "restartConsumer", consumer: "consumer-2" });
    say(r.ok ? "consumer-2 restarts and joins as a new member." : `Refused: ${r.error}`);
    return r.ok;
  },
];

buttons.forEach((b, i) =>
  b.addEventListener("click", async () => {
    b.disabled = true;
    const ok = await steps[i]();
    if (ok) b.classList.add("done");
    enable(ok ? i + 1 : i);
  }),
);
