/** The cover's upload flow inside the book form, against a fake presigned URL and a fake XMLHttpRequest. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { ApiError } from '@folio/config/web/graphql';
import { FakeXhr, installFakeXhr, lastXhr } from '../../test/fake-xhr';
import { createCoverUpload, type CoverUpload } from '../api/admin-books';
import { BookForm } from '../form/BookForm';
import type { BookFormValues } from '../form/book-form';

jest.mock('../api/admin-books');
const createUpload = createCoverUpload as jest.MockedFunction<typeof createCoverUpload>;
installFakeXhr();

const PRESIGNED: CoverUpload = {
  key: 'covers/0b9e.png',
  uploadUrl:
    'http://s3.test/folio-images/covers/0b9e.png?X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost&X-Amz-Signature=f00d',
  publicUrl: 'http://s3.test/folio-images/covers/0b9e.png',
  headers: [{ name: 'Content-Type', value: 'image/png' }],
  maxBytes: 5 * 1024 * 1024,
};

const values: BookFormValues = {
  title: 'Emma',
  author: 'Jane Austen',
  description: '',
  genre: 'romance',
  price: '9.99',
  stock: '2',
  featured: false,
  isbn: '',
  year: '',
};
const png = (name = 'cover.png', bytes = 1000) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });

let objectUrls = 0;
beforeEach(() => {
  objectUrls = 0;
  Object.assign(URL, {
    createObjectURL: jest.fn(() => `blob:preview-${++objectUrls}`),
    revokeObjectURL: jest.fn(),
  });
  createUpload.mockResolvedValue(PRESIGNED);
});

function renderForm(onSave = jest.fn().mockResolvedValue(undefined)) {
  const view = renderAt(
    '/admin/books/new',
    <BookForm initial={values} initialCoverKey={null} submitLabel="Add book" cancelTo="/admin" onSave={onSave} />,
  );
  return { ...view, onSave, input: screen.getByLabelText('Choose an image') };
}

/** Waits for the PUT that follows createCoverUpload. */
const thePut = () => waitFor(() => expect(FakeXhr.requests).toHaveLength(1)).then(lastXhr);

describe('the cover upload', () => {
  it('previews the image, PUTs it to the presigned URL with exactly its headers, shows progress, then saves its key', async () => {
    const { input, onSave } = renderForm();
    const file = png();
    await userEvent.upload(input, file);

    expect(createUpload).toHaveBeenCalledWith('image/png', 1000);
    expect(screen.getByRole('img', { name: 'Preview of the chosen cover' })).toHaveAttribute('src', 'blob:preview-1');
    const put = await thePut();
    expect(put).toMatchObject({
      method: 'PUT',
      url: PRESIGNED.uploadUrl,
      headers: { 'Content-Type': 'image/png' },
      body: file,
    });

    act(() => put.progress(400, 1000));
    expect(screen.getByRole('progressbar', { name: 'Cover upload' })).toHaveAttribute('value', '40');
    expect(screen.getByText('40%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add book' })).toBeDisabled();
    expect(screen.getByText('Save is available once the cover has uploaded.')).toBeInTheDocument();

    await act(async () => put.respond(200));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Cover uploaded.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add book' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ coverKey: 'covers/0b9e.png' }));
  });

  it('takes an image dropped on the zone', async () => {
    renderForm();
    fireEvent.drop(screen.getByTestId('cover-drop-zone'), { dataTransfer: { files: [png('dropped.png', 2048)] } });
    await waitFor(() => expect(createUpload).toHaveBeenCalledWith('image/png', 2048));
  });

  it.each([
    [
      new File(['GIF89a'], 'cover.gif', { type: 'image/gif' }),
      '“cover.gif” is not a JPEG, PNG or WebP image. Choose an image in one of those formats.',
    ],
    [
      png('huge.png', 6 * 1024 * 1024),
      '“huge.png” is too large (6.0 MB); a cover can be at most 5 MB. Choose a smaller image.',
    ],
  ])('refuses %s before sending anything, and says why beside the field', async (file, message) => {
    const { input } = renderForm();
    // A browser's picker can be switched to "All files": the check does not rely on `accept`.
    await userEvent.setup({ applyAccept: false }).upload(input, file);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`${message} JPEG, PNG or WebP, at most 5 MB.`);
    expect(createUpload).not.toHaveBeenCalled();
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('says so when S3 refuses the PUT (403); the book keeps the cover it had (none)', async () => {
    const { input, onSave } = renderForm();
    await userEvent.upload(input, png());
    const put = await thePut();
    await act(async () => put.respond(403));
    expect(screen.getByText('The image store refused the upload (HTTP 403). Try again.')).toBeInTheDocument();
    expect(await screen.findByText('No cover yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add book' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ coverKey: null }));
  });

  it('says so when the API refuses the upload itself', async () => {
    createUpload.mockRejectedValue(
      new ApiError('A cover must be at most 5 MB', 'ValidationError', { fields: { contentLength: 'at most 5 MB' } }),
    );
    const { input } = renderForm();
    await userEvent.upload(input, png());
    expect(await screen.findByText('The cover was refused: at most 5 MB.')).toBeInTheDocument();
  });

  it('cancels an upload: the request is aborted and the cover is as it was', async () => {
    const { input } = renderForm();
    await userEvent.upload(input, png());
    const put = await thePut();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(put.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await screen.findByText('No cover yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add book' })).toBeEnabled();
  });

  it('replaces an upload under way with a newly chosen file', async () => {
    const { input, onSave } = renderForm();
    await userEvent.upload(input, png('first.png'));
    const first = await thePut();
    createUpload.mockResolvedValue({ ...PRESIGNED, key: 'covers/second.png' });
    await userEvent.upload(input, png('second.png'));
    expect(first.aborted).toBe(true);
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(2));
    await act(async () => lastXhr().respond(200));
    await userEvent.click(screen.getByRole('button', { name: 'Add book' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ coverKey: 'covers/second.png' }));
  });

  it('revokes each preview’s object URL once it is replaced, and the last one when the form goes away', async () => {
    const { input, unmount } = renderForm();
    await userEvent.upload(input, png('a.png'));
    const first = await thePut();
    await act(async () => first.respond(200));
    await userEvent.upload(input, png('b.png'));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    expect(screen.getByRole('img', { name: 'Preview of the chosen cover' })).toHaveAttribute('src', 'blob:preview-2');
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview-2');
  });

  it('is reachable with the keyboard: the file input itself takes the focus', async () => {
    renderForm();
    const input = screen.getByLabelText('Choose an image');
    input.focus();
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
  });
});
