import Link from "next/link";

export default function PreviewLinkNotFound() {
  return (
    <div className="not-found container">
      <h1 className="page-title">This preview link no longer works</h1>
      <p>Preview links expire after a while, and only the editor who shared it can make a new one.</p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
