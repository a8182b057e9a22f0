import Link from "next/link";
import type { ReactNode } from "react";
import type { CommentView } from "@/lib/comments/view";
import { CommentItem } from "./CommentItem";

type Props = { articlePath: string; articleTitle: string; comment: CommentView; title: string; children: ReactNode };

/** A page about one comment (replying to it, reporting it): the way back, the comment, then the task's form. */
export function CommentTask({ articlePath, articleTitle, comment, title, children }: Props) {
  return (
    <div className="comment-task container">
      <p>
        <Link href={`${articlePath}#comment-${comment.id}`} className="back-link">
          ← {articleTitle}
        </Link>
      </p>
      <h1 className="page-title">{title}</h1>
      <CommentItem comment={comment} articlePath={articlePath} actions={false} />
      {children}
    </div>
  );
}
