import { useEffect, useState } from 'react';

/**
 * The otpauth:// address as a QR code for an authenticator app to scan (qrcode-generator, loaded only when an officer
 * enrols). A data: image, which the Content-Security-Policy allows; the address and the secret stay as text beside it.
 */
export function OtpauthQr({ uri, alt }: { uri: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const qr = qrcode(0, 'M');
      qr.addData(uri);
      qr.make();
      if (live) setSrc(qr.createDataURL(5, 4));
    });
    return () => {
      live = false;
    };
  }, [uri]);
  return src ? <img className="otpauth-qr" src={src} alt={alt} data-testid="otpauth-qr" /> : null;
}
