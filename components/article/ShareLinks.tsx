import { ShareButton } from "./ShareButton";

type Props = { url: string; title: string };

/** Sharing an article: plain links that work without JavaScript, and the browser's share sheet or "Copy link" with it. */
export function ShareLinks({ url, title }: Props) {
  const email = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
  return (
    <div className="article-share" role="group" aria-label="Share this article">
      <a className="article-share-link" href={email}>
        Email<span className="visually-hidden"> this article</span>
      </a>
      <ShareButton url={url} title={title} />
    </div>
  );
}
