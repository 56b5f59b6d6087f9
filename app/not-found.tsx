import { NotFoundMessage } from "./_components/not-found-message";
import { getMessages } from "./_lib/i18n";

export default async function NotFound() {
  const { m } = await getMessages();
  return <NotFoundMessage m={m} />;
}
