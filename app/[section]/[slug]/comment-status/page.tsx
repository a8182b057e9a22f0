// Reached only through proxy.ts, which rewrites the article's address here for the one view after a post made
// without JavaScript: the same article, plus what became of the comment.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { PublishedArticle } from "@/components/article/PublishedArticle";
import { authSecret } from "@/lib/auth/secret";
import { now } from "@/lib/clock";
import { decodeFlash, FLASH_HEADER } from "@/lib/comments/flash";
import { publicArticleAt } from "@/lib/content/access";
import { articlePageProps } from "@/lib/content/article-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[section]/[slug]/comment-status">): Promise<Metadata> {
  const { section, slug } = await params;
  const article = publicArticleAt(section, slug, now());
  return article
    ? {
        title: article.title,
        description: article.standfirst,
        alternates: { canonical: article.path },
        robots: { index: false },
      }
    : {};
}

export default async function ArticleAfterCommentPage({ params }: PageProps<"/[section]/[slug]/comment-status">) {
  const { section, slug } = await params;
  const article = publicArticleAt(section, slug, now());
  if (!article) notFound();
  const flash = decodeFlash((await headers()).get(FLASH_HEADER) ?? undefined, authSecret());
  if (!flash) redirect(article.path);
  return <PublishedArticle page={await articlePageProps(article, now(), { flash })} />;
}
