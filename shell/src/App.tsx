import { BrowserRouter } from '@folio/config/web/router';
import { Frame } from './frame/Frame';

export function App() {
  return (
    <BrowserRouter>
      <Frame />
    </BrowserRouter>
  );
}
