/** Every lesson, in the order the course tells the story. */
import { addPartitions } from "./catalog/addPartitions";
import { cliReset } from "./catalog/cliReset";
import { commitStrategies } from "./catalog/commitStrategies";
import { consumerOffsets } from "./catalog/consumerOffsets";
import { crashSessionTimeout } from "./catalog/crashSessionTimeout";
import { eagerVsCooperative } from "./catalog/eagerVsCooperative";
import { firstPicture } from "./catalog/firstPicture";
import { lagGrowDrain } from "./catalog/lagGrowDrain";
import { offsetReset } from "./catalog/offsetReset";
import { patterns } from "./catalog/patterns";
import { retentionReset } from "./catalog/retentionReset";
import { roundrobinVsRange } from "./catalog/roundrobinVsRange";
import { slowConsumer } from "./catalog/slowConsumer";
import { stickyVsRange } from "./catalog/stickyVsRange";
import type { Lesson } from "./types";

export type { CheckInput, Lesson, LessonStep, Task } from "./types";

export const LESSONS: readonly Lesson[] = [
  firstPicture,
  patterns,
  roundrobinVsRange,
  stickyVsRange,
  crashSessionTimeout,
  slowConsumer,
  eagerVsCooperative,
  addPartitions,
  commitStrategies,
  offsetReset,
  retentionReset,
  cliReset,
  lagGrowDrain,
  consumerOffsets,
];

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
