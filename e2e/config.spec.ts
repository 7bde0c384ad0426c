import { expect, test } from "@playwright/test";
import { announcement, consumerButton, menuAction, openAt } from "./playground";

test.describe("consumer configuration", () => {
  test("shows the course's names with the Java defaults, and marks what differs", async ({ page }) => {
    await openAt(page, 8);
    const panel = page.getByRole("region", { name: "Consumer configuration" });
    await expect(panel.getByLabel("Consumer to configure")).toHaveValue("consumer-1");
    await expect(panel.getByLabel(/^sessionTimeout/)).toHaveValue("10000");
    await expect(panel.getByTestId("config-sessionTimeout")).toContainText("≠ default (Java default 45000 ms)");
    await expect(panel.getByTestId("config-heartbeatInterval")).toHaveAttribute("data-differs", "false");
    for (const name of ["heartbeatInterval", "maxPollInterval", "partitionAssigners", "maxPollRecords", "processingTime", "autoCommit", "autoCommitInterval", "commitStrategy", "batchSize", "autoOffsetReset", "idempotent", "asyncProcessing"]) {
      await expect(panel.getByLabel(new RegExp(`^${name} `))).toBeVisible();
    }
    const code = panel.getByTestId("kafkajs-code");
    await expect(code).toContainText("kafka.consumer({");
    await expect(code).toContainText("groupId: 'service-a'");
    await expect(code).toContainText("sessionTimeout: 10000, // Java default 45000");
    await expect(code).toContainText("autoCommit: true");
  });

  test("per-record commits: the code commits after each message, and the note corrects the course", async ({ page }) => {
    await openAt(page, 8);
    const panel = page.getByRole("region", { name: "Consumer configuration" });
    await panel.getByLabel(/^commitStrategy/).selectOption("per-record");
    await expect(panel.getByLabel(/^autoCommit /)).not.toBeChecked();
    await expect(panel.getByTestId("commit-note")).toContainText("At-least-once, not exactly-once: a crash between processing and commit repeats the record.");
    await expect(panel.getByTestId("commit-note")).toContainText("The course calls this “exactly-once semantics”");
    await expect(panel.getByTestId("kafkajs-code")).toContainText("await consumer.commitOffsets([");
    await panel.getByRole("button", { name: "Apply to consumer-1" }).click();
    await expect(announcement(page)).toContainText("consumer-1 reconfigured");
    await expect(panel.getByTestId("config-commitStrategy")).toHaveAttribute("data-differs", "true");
  });

  test("batch commits show the course's pattern; a bad value is explained, the engine's refusal too", async ({ page }) => {
    await openAt(page, 8);
    const panel = page.getByRole("region", { name: "Consumer configuration" });
    await panel.getByLabel(/^commitStrategy/).selectOption("batch");
    await expect(panel.getByTestId("kafkajs-code")).toContainText("const BATCH_SIZE = 100");
    await panel.getByLabel(/^batchSize/).fill("many");
    await panel.getByRole("button", { name: "Apply to consumer-1" }).click();
    await expect(panel.getByRole("alert")).toHaveText("batchSize must be a whole number of records.");
    await panel.getByLabel(/^batchSize/).fill("20");
    await panel.getByLabel(/^heartbeatInterval/).fill("20000");
    await panel.getByRole("button", { name: "Apply to consumer-1" }).click();
    await expect(panel.getByRole("alert")).toContainText("Consumer heartbeatInterval (20000) must be lower than sessionTimeout (10000)");
  });

  test("Configure… in a consumer's menu opens its configuration; selecting a consumer does too", async ({ page }) => {
    await openAt(page, 8);
    await menuAction(page, "consumer-3", /Configure/);
    const panel = page.getByRole("region", { name: "Consumer configuration" });
    await expect(panel.getByLabel("Consumer to configure")).toHaveValue("consumer-3");
    await expect(panel.getByLabel(/^sessionTimeout/)).toBeFocused();
    await consumerButton(page, "analytics-1").click();
    await expect(panel.getByLabel("Consumer to configure")).toHaveValue("analytics-1");
    await expect(panel.getByTestId("kafkajs-code")).toContainText("groupId: 'service-b'");
  });
});
