// Requests outside any locale (e.g. /nothing-here.php) that Next.js answers itself.
// No locale is known here, so the page speaks all three languages.
import Link from "next/link";

export default function GlobalNotFound() {
  return (
    <html lang="kk">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>Бет табылмады</h1>
          <p lang="ru">Страница не найдена</p>
          <p lang="en">Page not found</p>
          <p>
            <Link href="/kk">Басты бет</Link> · <Link href="/ru" lang="ru">Главная</Link> · <Link href="/en" lang="en">Home</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
