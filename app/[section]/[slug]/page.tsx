import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import {
  articleHtml, authorsOf, findArticle, getContent, isPublic, publicArticles, relatedArticles, sectionOf,
} from "@/lib/content/store";

type Params = { section: string; slug: string };

export function generateStaticParams(): Params[] {
  return publicArticles(new Date()).map((article) => ({ section: article.section, slug: article.slug }));
}

function publicArticle(slug: string) {
  const article = findArticle(slug);
  return article && isPublic(article, new Date()) ? article : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = publicArticle((await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.standfirst, alternates: { canonical: article.path } };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const article = publicArticle(slug);
  if (!article) notFound();
  if (article.section !== section) permanentRedirect(article.path);
  return (
    <ArticleView
      article={article}
      section={sectionOf(article)}
      authors={authorsOf(article)}
      bodyHtml={articleHtml(article)}
      related={relatedArticles(article, new Date())}
      site={getContent().site}
    />
  );
}
