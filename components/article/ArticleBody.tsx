/** The article's Markdown, already turned into sanitised HTML by lib/content. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
