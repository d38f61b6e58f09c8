/**
 * Data for rule `topicOnlooker` (server/domain/extraction-rules.ts, READING_RULES): verbs of speaking
 * about something, with the particle that introduces the topic ("spoke about the conflict in X",
 * "talked of their response to Y's war", "commented on the fighting"). Who speaks about a war or a
 * conflict comments on it, as one who discusses it does (cues.ts OBSERVER_VERBS "discuss"); the
 * co-subjects of the verb are not its sides. Written for the eighteenth session's precision round
 * (branch prec18) from a dev false alarm ("A and B spoke about our coordinated response to C's war":
 * A and B read as fighting each other); the verbs are the English verbs of saying that take a topic.
 */
export const TOPIC_VERBS: readonly string[] = ['speak about', 'speak of', 'talk about', 'talk of', 'comment on', 'write about', 'write of', 'remark on', 'reflect on', 'testify about'];
