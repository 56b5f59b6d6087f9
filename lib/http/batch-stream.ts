// A response body read from an async generator of batches as the client takes it (pull, so a
// slow reader holds the reads back): the head at once, each batch as text, the tail at the end.
// The generator is closed if the client goes away. Used by the public exports and the reference
// lists' CSV export.
export function batchStream<T>(head: string, batches: AsyncGenerator<T>, render: (batch: T) => string, tail = ""): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headSent) {
        headSent = true;
        controller.enqueue(encoder.encode(head));
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) {
          if (tail) controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(render(next.value)));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
