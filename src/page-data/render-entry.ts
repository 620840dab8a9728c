/** Renders the MDX body of an entry; the graph supplies everything else on a page. */
import { getEntry, render, type CollectionKey } from 'astro:content';

export async function renderEntry(collection: CollectionKey, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry)
    throw new Error(`HICP: ${collection}/${id} is in the graph but Astro did not load it`);
  return render(entry);
}
